// Read a month of People's Daily e-edition files (../shared/corpus/epaper/YYYY-MM) into the articles of each page,
// the raw material the page simulator lays out.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBylineLine } from '../../src/patterns/parse-byline.ts'
import { isCreditLine, isStaffCreditLine } from '../../src/patterns/parse-credit.ts'
import { matchLeadingDateline, matchStandaloneDateline } from '../../src/patterns/parse-dateline.ts'
import { displayWidth } from '../../src/text/display-width.ts'
import { hasSentenceBreak, lineEnding } from '../../src/text/punctuation.ts'

/** One piece of an article's body, in order. */
export type BodyPart =
  | { kind: 'paragraph'; text: string }
  /** A 小标题: one to four short lines that finish no sentence, heading the paragraphs after them. */
  | { kind: 'heading'; lines: string[] }
  | { kind: 'byline'; text: string }

export interface SourceArticle {
  file: string
  kicker: string | null
  title: string | null
  subtitle: string | null
  body: BodyPart[]
  /** The photo credit that closes a photo's caption (`新华社记者 肖艺九摄`). */
  credit: string | null
  /** The page staff's credit (`版式设计：蔡华伟`). */
  staff: string | null
  /** A closing dateline on a line of its own (`（新华社北京1月3日电）`). */
  dateline: string | null
  kind: 'article' | 'photo'
}

export interface SourcePage {
  /** `YYYY-MM-DD` */
  date: string
  page: number
  articles: SourceArticle[]
}

/** Photo captions are short: a credited text longer than this is an article that carries a picture. */
const MAX_CAPTION_CHARS = 400

function isHeadingLine(text: string): boolean {
  return (
    displayWidth(text) <= 24 &&
    lineEnding(text) === 'open' &&
    !/[，、,]$/u.test(text) &&
    !hasSentenceBreak(text) &&
    parseBylineLine(text) === null &&
    matchLeadingDateline(text) === null
  )
}

function header(line: string | undefined): string | null {
  if (line === undefined || line.startsWith('\u3000')) return null
  const text = line.trim().replace(/\s+/gu, ' ')
  return text === '' ? null : text
}

/** An e-edition file as an article, or null when it holds no text worth a page. */
export function readSourceArticle(file: string, raw: string): SourceArticle | null {
  const lines = raw.replace(/\r\n?/gu, '\n').split('\n')
  let headerCount = 0
  while (headerCount < 3 && headerCount < lines.length && !lines[headerCount]!.startsWith('\u3000'))
    headerCount++
  const [kicker = null, title = null, subtitle = null] = [0, 1, 2].map((i) =>
    i < headerCount ? header(lines[i]) : null,
  )
  const texts = lines
    .slice(headerCount)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  let staff: string | null = null
  while (texts.length > 0 && isStaffCreditLine(texts.at(-1)!)) {
    const line = texts.pop()!.replace(/\s+/gu, ' ')
    staff = staff === null ? line : `${line} ${staff}`
  }
  let credit: string | null = null
  if (texts.length > 0 && isCreditLine(texts.at(-1)!)) credit = texts.pop()!.replace(/\s{2,}/gu, ' ')
  // > | （新华社北京1月3日电）   a story's closing dateline on a line of its own is its dateline, not a paragraph
  let dateline: string | null = null
  if (texts.length > 1 && /^[（(]/u.test(texts.at(-1)!) && matchStandaloneDateline(texts.at(-1)!) !== null)
    dateline = texts.pop()!
  const body: BodyPart[] = []
  let pending: string[] = []
  const flush = (heads: boolean): void => {
    if (heads && pending.length <= 4) body.push({ kind: 'heading', lines: pending })
    else for (const text of pending) body.push({ kind: 'paragraph', text })
    pending = []
  }
  for (const text of texts) {
    if (parseBylineLine(text) !== null && !isCreditLine(text)) {
      // > | 新疆乌什·驻村工作队 / 村民全脱贫 驻村真开心 / 本报记者 杨明方   a part's head and its byline
      flush(pending.length > 0 && body.some((p) => p.kind === 'paragraph'))
      body.push({ kind: 'byline', text })
    } else if (isHeadingLine(text) && body.some((p) => p.kind === 'paragraph')) {
      pending.push(text)
    } else {
      if (pending.length > 0) flush(true)
      body.push({ kind: 'paragraph', text })
    }
  }
  flush(false)
  const paragraphs = body.filter((p) => p.kind === 'paragraph')
  if (title === null && paragraphs.length === 0) return null
  const chars = paragraphs.reduce((n, p) => n + p.text.length, 0)
  const headed = body.some((p) => p.kind === 'heading')
  const kind = credit !== null && chars <= MAX_CAPTION_CHARS && !headed ? 'photo' : 'article'
  return { file, kicker, title, subtitle, body, credit, staff, dateline, kind }
}

/**
 * The pages of one month folder (`corpus/epaper/2020-01`), each with its articles in their order on the page.
 *
 * @example readMonth('../shared/corpus/epaper/2020-01').length // 440
 */
export function readMonth(dir: string): SourcePage[] {
  const pages = new Map<string, SourcePage>()
  for (const day of readdirSync(dir).sort()) {
    for (const name of readdirSync(join(dir, day)).sort()) {
      const m = /^(\d{4})(\d{2})(\d{2})-(\d+)-(\d+)\.txt$/u.exec(name)
      if (m === null) continue
      const article = readSourceArticle(name, readFileSync(join(dir, day, name), 'utf8'))
      if (article === null) continue
      const key = `${m[1]}${m[2]}${m[3]}-${m[4]}`
      let page = pages.get(key)
      if (page === undefined) {
        page = { date: `${m[1]}-${m[2]}-${m[3]}`, page: Number(m[4]), articles: [] }
        pages.set(key, page)
      }
      page.articles.push(article)
    }
  }
  return [...pages.values()]
}

/** Reporters named in the month's datelines (`（记者邹伟、王思北）`): real names for simulated bylines and credits. */
export function reporterNames(pages: readonly SourcePage[]): string[] {
  const names = new Set<string>()
  for (const page of pages)
    for (const article of page.articles)
      for (const part of article.body) {
        if (part.kind !== 'paragraph') continue
        const m = /（记者([\p{Script=Han}、 ]{2,24})）/u.exec(part.text.slice(0, 60))
        for (const name of m?.[1]?.split(/[、 ]+/u) ?? [])
          if (name.length >= 2 && name.length <= 3) names.add(name)
      }
  return [...names].sort()
}
