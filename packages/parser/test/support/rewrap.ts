// Set a real e-edition article as page layout text, the way PDF extraction gives a page: for fixtures and properties.
import { displayWidth } from '../../src/text/display-width.ts'

/** The parts of an article to set. */
export interface ArticleText {
  kicker: string | null
  title: string
  subtitle: string | null
  byline: string | null
  paragraphs: string[]
  dateline: string | null
  /** A photo credit set after the caption. */
  credit?: string | null
}

export interface LayoutOptions {
  /** Column width in units (CJK 1, ASCII ½). */
  width: number
  order: 'title-first' | 'title-after-body'
  /** Seed for where blank-line artifacts fall. */
  seed: number
}

// Closing punctuation hangs at the end of a line instead of opening the next, which makes widths wobble by one.
const NO_LINE_START = new Set([...'，。、；：！？”’）》」』…'])

function random(seed: number): () => number {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 2 ** 32
  }
}

/** Hard-wrap one paragraph: the first line two units short (its lost indentation), the rest at the column. */
export function wrapParagraph(text: string, width: number): string[] {
  const chars = [...text]
  const lines: string[] = []
  let line = ''
  let room = width - 2
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!
    if (line !== '' && displayWidth(line + ch) > room && !NO_LINE_START.has(ch)) {
      lines.push(line)
      line = ''
      room = width
    }
    line += ch
  }
  if (line !== '') lines.push(line)
  return lines
}

/**
 * Page layout text for `article`: wrapped at `width`, with blank lines left after some first lines and inside
 * some paragraphs, the title block before the body or after its dateline.
 */
export function layOut(article: ArticleText, options: LayoutOptions): string {
  const next = random(options.seed)
  const title = [
    ...(article.kicker === null ? [] : [article.kicker]),
    article.title,
    ...(article.subtitle === null ? [] : [`——${article.subtitle}`]),
  ]
  const body: string[] = []
  for (const paragraph of article.paragraphs) {
    const lines = wrapParagraph(paragraph, options.width)
    lines.forEach((line, i) => {
      body.push(line)
      const artifact = i < lines.length - 1 && (i === 0 ? next() < 0.6 : next() < 0.05)
      if (artifact) body.push('')
    })
  }
  const byline = article.byline === null ? [] : [article.byline, '']
  const dateline = article.dateline === null ? [] : ['', article.dateline]
  const credit = article.credit == null ? [] : [article.credit]
  const blocks =
    options.order === 'title-first'
      ? [...title, '', ...byline, ...body, ...credit, ...dateline]
      : [...byline, ...body, ...credit, ...dateline, '', ...title]
  return `${blocks.join('\n')}\n`
}
