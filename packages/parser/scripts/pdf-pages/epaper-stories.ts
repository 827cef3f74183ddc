// Read People's Daily e-edition article files into stories a generated page can set: head, text, headings, credit.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isCreditLine, isStaffCreditLine } from '../../src/patterns/parse-credit.ts'

/** One block of a story's text as printed: a paragraph or a 小标题. */
export type StoryBlock = { kind: 'paragraph'; text: string } | { kind: 'heading'; text: string }

/** One e-edition article, ready to be set on a page. */
export interface Story {
  /** The file name, `20200102-03-05`. */
  id: string
  date: string
  kind: 'article' | 'photo'
  kicker: string | null
  title: string
  /** The subtitle without the `——` it is printed with. */
  subtitle: string | null
  blocks: StoryBlock[]
  /** A photo's credit (`刘帅冶摄（人民视觉）`). */
  credit: string | null
  /** The page staff's credit that ends some articles (`版式设计：蔡华伟`): colophon material. */
  staff: string | null
}

/** Photo captions are short; a credited story longer than this is an article with a picture, which we skip. */
const MAX_CAPTION_CHARS = 400
/** Stories longer than this would fill a page alone. */
const MAX_STORY_CHARS = 6000

// > | 成就彰显中国风采、中国力量
//        ^ a 小标题: short, no sentence punctuation, standing between paragraphs
function isHeading(text: string): boolean {
  return (
    text.length <= 24 &&
    !/^[—－]/u.test(text) &&
    !/[。！？；，、：:…—”’）)]$/u.test(text) &&
    !/[。！？]/u.test(text) &&
    !isCreditLine(text)
  )
}

/** The story in one e-edition file, or null when it is not one a page can set (no title, tables, odd shape). */
export function readStory(id: string, text: string): Story | null {
  const lines = text.replace(/\r/gu, '').split('\n')
  const kicker = lines[0]?.trim() || null
  const title = lines[1]?.trim() ?? ''
  const subtitleLine = lines[2]?.trim() ?? ''
  if (title.length === 0 || title.length > 40 || (kicker?.length ?? 0) > 40) return null
  const paragraphs = lines
    .slice(3)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
  if (paragraphs.some((p) => /\s{3,}|\t|\|/u.test(p))) return null
  let staff: string | null = null
  while (paragraphs.length > 0 && isStaffCreditLine(paragraphs.at(-1)!)) staff = paragraphs.pop()!
  let credit: string | null = null
  if (paragraphs.length > 0 && isCreditLine(paragraphs.at(-1)!)) credit = paragraphs.pop()!
  if (paragraphs.length === 0) return null
  const chars = paragraphs.reduce((n, p) => n + p.length, 0)
  if (chars > MAX_STORY_CHARS) return null
  if (credit !== null && chars > MAX_CAPTION_CHARS) return null
  if (paragraphs.some((p) => isCreditLine(p) || isStaffCreditLine(p))) return null
  const blocks: StoryBlock[] = paragraphs.map((p, i) =>
    i > 0 && i < paragraphs.length - 1 && credit === null && isHeading(p)
      ? { kind: 'heading', text: p }
      : { kind: 'paragraph', text: p },
  )
  if (blocks[0]?.kind !== 'paragraph') return null
  const date = `${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}`
  return {
    id,
    date,
    kind: credit === null ? 'article' : 'photo',
    kicker,
    title,
    subtitle: subtitleLine.replace(/^[—－-]+/u, '').trim() || null,
    blocks,
    credit,
    staff,
  }
}

/** The stories of each day under `monthDir` (`corpus/epaper/2020-01`), by date. */
export function readMonth(monthDir: string): Map<string, Story[]> {
  const days = new Map<string, Story[]>()
  for (const day of readdirSync(monthDir).sort()) {
    const stories: Story[] = []
    for (const file of readdirSync(join(monthDir, day)).sort()) {
      if (!file.endsWith('.txt')) continue
      const story = readStory(file.replace(/\.txt$/u, ''), readFileSync(join(monthDir, day, file), 'utf8'))
      if (story !== null) stories.push(story)
    }
    if (stories.length > 0) days.set(stories[0]!.date, stories)
  }
  return days
}
