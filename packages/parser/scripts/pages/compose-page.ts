// Lay out one e-edition page's articles as page text with gold, the way PDF extraction gives a newspaper page:
// hard-wrapped columns of varied width, lost indents, blank-line artifacts, titles before or after bodies,
// kickers, wrapped titles, bylines, datelines, photos (alone or in 图片报道 groups), and, on pages of other papers,
// mastheads, colophons, jump lines, 本报讯 openers and headlines glued side by side.
import { matchLeadingDateline } from '../../src/patterns/parse-dateline.ts'
import type { LineTag } from '../../src/layout/line-tags.ts'
import { chineseNumber, colophon, ear, masthead, pageHeader, pickPaper } from './furniture-text.ts'
import type { Random } from './random.ts'
import type { GoldItem, GoldPage } from './score-page.ts'
import type { SourceArticle, SourcePage } from './source-articles.ts'
import { wrapText, type TypeStyle } from './wrap-text.ts'

/** A simulated page: its text, its gold, and the tag of every line (for training the layout model). */
export interface SimulatedPage {
  text: string
  gold: SimulatedGold
}

export interface SimulatedGold extends GoldPage {
  /** One entry per line of `text`: its tag, `''` for a blank line, two tags joined by `+` for a glued line. */
  line_tags: string[]
  /** The furniture lines, in order. */
  furniture: string[]
}

interface Line {
  text: string
  /** Empty for a blank line; two tags for two headlines glued on one line. */
  tags: LineTag[]
}

interface PageStyle {
  titleAfter: boolean
  /** A page of another paper: masthead or header, colophon, jump lines, 本报讯, glued headlines. */
  paper: boolean
  type: TypeStyle
  /** Chance of a blank line after a paragraph's first line, where extraction leaves one. */
  blankAfterFirst: number
  /** Chance of a stray blank line between two lines of a paragraph. */
  strayBlank: number
  /** Lines per column: a blank line falls at each column break. */
  columnHeight: [number, number]
  /** `…` printed as U+22EF `⋯`. */
  ellipsis: boolean
  /** Chance that a number is set off by spaces (`3 月 12 日`). */
  numberSpaces: number
  /** Chance of a blank line around title blocks, headings and datelines. */
  blankAround: number
}

function pageStyle(random: Random, paper: boolean): PageStyle {
  return {
    titleAfter: paper ? random.chance(0.1) : random.chance(0.5),
    paper,
    type: { squeeze: random.chance(0.6), kinsoku: random.chance(0.8) },
    blankAfterFirst: random.pick([0, 0, 0.2, 0.5, 0.8, 1]),
    strayBlank: random.pick([0, 0.005, 0.02, 0.05]),
    columnHeight: random.pick([
      [12, 30],
      [25, 60],
      [40, 120],
      [1000, 1000],
    ] as [number, number][]),
    ellipsis: random.chance(0.5),
    numberSpaces: random.pick([0, 0, 0.2, 0.6]),
    blankAround: random.pick([0.6, 0.85, 1]),
  }
}

/** The column widths of one item. */
interface ItemLayout {
  column: number
  caption: number
  title: number
}

function itemLayout(random: Random): ItemLayout {
  const column = random.weighted([
    [random.int(10, 14), 2],
    [random.int(15, 19), 4],
    [random.int(18, 22), 5],
    [random.int(21, 24), 2],
  ])
  const caption = random.chance(0.5)
    ? random.int(6, 10)
    : Math.max(5, Math.round(column * (0.4 + random.next() * 0.2)))
  const title = random.chance(0.6) ? 60 : random.int(Math.max(8, column - 6), 34)
  return { column, caption, title }
}

function spaced(text: string): string {
  return [...text].join(' ')
}

/** The page text's noise: `⋯` for `…`, spaces around numbers. */
function noisy(text: string, style: PageStyle, random: Random): string {
  let out = style.ellipsis ? text.replaceAll('…', '⋯') : text
  if (style.numberSpaces > 0)
    out = out.replace(/(?<=\p{Script=Han})(\d[\d.]*)(?=\p{Script=Han})/gu, (number) =>
      random.chance(style.numberSpaces) ? ` ${number} ` : number,
    )
  return out
}

/** A line as extraction leaves it: now and then a stray space before or after. */
function ragged(raw: string, random: Random): string {
  // Extraction gives the no-break spaces of the e-edition (`文化多元\u00a0接轨世界`) as plain spaces, as a rule.
  const text = random.chance(0.9) ? raw.replaceAll('\u00a0', ' ') : raw
  if (random.chance(0.01)) return ` ${text}`
  if (random.chance(0.02)) return `${text} `
  return text
}

interface PageWriter {
  readonly lines: Line[]
  blank(): void
  blankMaybe(p: number): void
  line(text: string, tag: LineTag): void
  /** One paragraph wrapped into its column, with the blank lines extraction leaves inside it. */
  paragraph(text: string, column: number, caption: boolean, indented?: boolean): void
}

function pageWriter(random: Random, style: PageStyle): PageWriter {
  const lines: Line[] = []
  let sinceBreak = 0
  let nextBreak = random.int(...style.columnHeight)
  const blank = (): void => void lines.push({ text: '', tags: [] })
  const line = (text: string, tag: LineTag): void =>
    void lines.push({ text: ragged(text, random), tags: [tag] })
  // A body or caption line: a column break may leave a blank line before it.
  const columnLine = (text: string, tag: LineTag): void => {
    if (++sinceBreak >= nextBreak) {
      if (lines.at(-1)?.tags.length !== 0) blank()
      sinceBreak = 0
      nextBreak = random.int(...style.columnHeight)
    }
    line(text, tag)
  }
  return {
    lines,
    blank,
    blankMaybe: (p) => {
      if (random.chance(p)) blank()
    },
    line,
    paragraph(text, column, caption, indented = true) {
      const wrapped = wrapText(text, column, indented ? column - 2 : column, style.type)
      const [first, mid, last, single]: [LineTag, LineTag, LineTag, LineTag] = caption
        ? ['c-first', 'c-mid', 'c-last', 'c-single']
        : ['p-first', 'p-mid', 'p-last', 'p-single']
      wrapped.forEach((text, i) => {
        const tag = wrapped.length === 1 ? single : i === 0 ? first : i === wrapped.length - 1 ? last : mid
        if (i === 1 && random.chance(caption ? style.blankAfterFirst / 3 : style.blankAfterFirst)) blank()
        else if (i > 0 && random.chance(style.strayBlank)) blank()
        columnLine(text, tag)
      })
    },
  }
}

/** A story's parts as printed on this page, after the simulator's changes (datelines moved, stories cut). */
interface PrintedArticle {
  source: SourceArticle
  kicker: string | null
  title: string | null
  subtitle: string | null
  byline: string | null
  body: SourceArticle['body']
  /** A dateline printed after the body (`（新华社北京3月12日电）`). */
  trailingDateline: string | null
  continuesOn: number | null
  continuedFrom: number | null
  /** The body opens mid-paragraph, continued from another page: its first line has no indent. */
  opensMidParagraph: boolean
  /** A group header (`图片报道`) printed before this photo. */
  groupHeader: string | null
  /** The start of this story's title block, printed glued after the previous story's headline. */
  gluedPart: string | null
}

const BYLINE_HEADS = ['本报记者', '□本报记者', '新华社记者', '□新华社记者', '人民日报记者', '本报通讯员']

function printed(source: SourceArticle): PrintedArticle {
  return {
    source,
    kicker: source.kicker,
    title: source.title,
    subtitle: source.subtitle,
    byline: null,
    body: source.body.map((p) => (p.kind === 'paragraph' ? { ...p, text: p.text.replace(/\s+/gu, ' ') } : p)),
    trailingDateline: source.dateline,
    continuesOn: null,
    continuedFrom: null,
    opensMidParagraph: false,
    groupHeader: null,
    gluedPart: null,
  }
}

function firstParagraphIndex(article: PrintedArticle): number {
  return article.body.findIndex((p) => p.kind === 'paragraph')
}

/**
 * Move an agency dateline from the first paragraph to a line after the body, as the seed page sets Xinhua copy: its
 * reporters (`（记者韩墨、赵嫣）`) become a byline above the body (`□新华社记者 韩墨 赵嫣`).
 */
function moveDatelineToEnd(article: PrintedArticle, random: Random): void {
  if (article.trailingDateline !== null) return
  const i = firstParagraphIndex(article)
  const part = article.body[i]
  if (part?.kind !== 'paragraph') return
  const match = matchLeadingDateline(part.text)
  if (match === null || match.text.startsWith('据')) return
  const rest = part.text.slice(match.text.length).trimStart()
  if (rest === '') return
  const bracket = match.text.indexOf('（')
  const core = (bracket === -1 ? match.text : match.text.slice(0, bracket)).replace(/\s+/gu, '')
  if (bracket !== -1) {
    const names = /^（记者([\p{Script=Han}、 ]{2,30})）$/u.exec(
      match.text.slice(bracket).replace(/\s+/gu, ''),
    )
    if (names === null || article.byline !== null) return
    const agency = match.agency === '本报' ? random.pick(['本报记者', '人民日报记者']) : `${match.agency}记者`
    article.byline = `${random.chance(0.5) ? '□' : ''}${agency} ${names[1]!.split(/[、 ]+/u).join(' ')}`
  }
  article.body[i] = { kind: 'paragraph', text: rest }
  article.trailingDateline = `（${core}）`
}

/** `本报北京5月5日电（记者…）` becomes `本报讯（记者…）`, as many papers open local stories. */
function openWithBenbaoxun(article: PrintedArticle): void {
  const i = firstParagraphIndex(article)
  const part = article.body[i]
  if (part?.kind !== 'paragraph') return
  const m = /^本报[\p{Script=Han}]{0,8}?(?:\d{1,2}月)?\d{1,2}日电\s*/u.exec(part.text)
  if (m === null) return
  article.body[i] = { kind: 'paragraph', text: `本报讯${part.text.slice(m[0].length)}` }
}

function jumpLine(random: Random, forward: boolean, page: number): string {
  const number = random.chance(0.6)
    ? `第${chineseNumber(page)}版`
    : random.chance(0.5)
      ? `第${page}版`
      : `${page}版`
  const verb = forward ? random.pick(['下转', '下转', '转']) : random.pick(['上接', '上接', '接'])
  return random.chance(0.85) ? `（${verb}${number}）` : `${verb}${number}`
}

/** Cut a story's body so that the page prints only its opening, ended mid-paragraph by a jump line. */
function cutForJump(random: Random, article: PrintedArticle, page: number): void {
  const paragraphs = article.body.filter((p) => p.kind === 'paragraph')
  if (paragraphs.length < 3) return
  let keep = random.int(1, paragraphs.length - 2)
  const out: SourceArticle['body'] = []
  for (const part of article.body) {
    if (part.kind !== 'paragraph') {
      if (keep > 0) out.push(part)
      continue
    }
    if (keep === 0) break
    keep--
    if (keep === 0 && part.text.length > 30) {
      out.push({ kind: 'paragraph', text: part.text.slice(0, random.int(15, part.text.length - 10)) })
    } else out.push(part)
  }
  article.body = out
  article.continuesOn = page
}

/** Drop a story's opening, as the page a story continues on prints only its rest. */
function cutAsContinuation(random: Random, article: PrintedArticle, from: number): void {
  const paragraphs = article.body.filter((p) => p.kind === 'paragraph')
  if (paragraphs.length < 3) return
  let skip = random.int(1, paragraphs.length - 2)
  const out: SourceArticle['body'] = []
  for (const part of article.body) {
    if (skip > 0) {
      if (part.kind === 'paragraph' && --skip === 0 && part.text.length > 30) {
        out.push({ kind: 'paragraph', text: part.text.slice(random.int(10, part.text.length - 15)) })
        article.opensMidParagraph = true
      }
      continue
    }
    out.push(part)
  }
  article.body = out
  article.continuedFrom = from
  if (random.chance(0.5)) article.kicker = null
  article.subtitle = null
}

function maybeByline(random: Random, article: PrintedArticle, names: readonly string[]): void {
  if (article.source.kind !== 'article' || article.body.some((p) => p.kind === 'byline')) return
  const first = article.body[firstParagraphIndex(article)]
  if (first?.kind === 'paragraph' && matchLeadingDateline(first.text) !== null && !article.trailingDateline)
    return
  if (!random.chance(article.trailingDateline ? 0.7 : 0.25)) return
  const head = random.chance(0.04) ? random.pick(['□新华社评论员', '本报评论员']) : random.pick(BYLINE_HEADS)
  if (head.endsWith('评论员')) {
    article.byline = head
    return
  }
  const count = random.weighted([
    [1, 5],
    [2, 3],
    [3, 1],
  ])
  const picked = Array.from({ length: count }, () => random.pick(names))
  article.byline = `${head} ${picked.join(' ')}`
}

/** The lines of a title block: kicker, title and subtitle, each wrapped at the title measure. */
function titleLines(article: PrintedArticle, layout: ItemLayout, random: Random, photo: boolean): Line[] {
  const lines: Line[] = []
  const wrap = (text: string | null, tag: LineTag): void => {
    if (text === null) return
    for (const line of wrapText(text, layout.title, layout.title, { squeeze: false, kinsoku: true }))
      lines.push({ text: line, tags: [tag] })
  }
  if (article.groupHeader !== null) {
    lines.push({ text: article.groupHeader, tags: [article.title === null ? 'title' : 'kicker'] })
    if (random.chance(0.5)) lines.push({ text: '', tags: [] })
  }
  wrap(article.kicker, 'kicker')
  const title = article.title
  // > | 保障 / “空中课堂” / 覆盖贫困 / 家庭学生   a photo's title set two to five characters a line
  if (photo && title !== null && title.length <= 20 && !title.includes(' ') && random.chance(0.6)) {
    const chars = [...title]
    while (chars.length > 0) {
      let take = Math.min(chars.length, random.int(2, 4))
      while (take < chars.length && /[”’）》]/u.test(chars[take]!)) take++
      lines.push({ text: chars.splice(0, take).join(''), tags: ['title'] })
    }
  } else wrap(title, 'title')
  wrap(article.subtitle, 'subtitle')
  return lines
}

/** Split off the start of a title block to glue, letter-spaced, after the headline before it. */
function takeGluedPart(random: Random, article: PrintedArticle): boolean {
  const spaceable = (text: string): boolean => !/[\s0-9A-Za-z]/u.test(text)
  if (article.kicker !== null && article.kicker.length <= 10 && spaceable(article.kicker)) {
    article.gluedPart = article.kicker
    article.kicker = null
    return true
  }
  const title = article.title
  if (title === null || title.length < 9 || !spaceable(title.slice(0, 7))) return false
  const k = random.int(4, 6)
  article.gluedPart = title.slice(0, k)
  article.title = title.slice(k)
  return true
}

function goldItem(article: PrintedArticle, glued: string | null): GoldItem {
  const parts = article.body
  const source = article.source
  const heading = (lines: string[]): string => lines.join(' ')
  // The glued part is this story's text, printed elsewhere: it opens the title block as read in order.
  let kicker = article.kicker
  let title = article.title
  if (glued !== null) {
    if (source.kicker !== null && article.kicker === null && glued === source.kicker) kicker = glued
    else title = `${glued}${title ?? ''}`
  }
  if (article.groupHeader !== null) {
    if (title === null) title = article.groupHeader
    else kicker = `${article.groupHeader}${kicker ?? ''}`
  }
  return {
    kind: source.kind,
    kicker,
    title,
    // The dashes before a subtitle are typography, as a reader sets it (`——基层党组织…` is `基层党组织…`).
    subtitle: article.subtitle?.replace(/^[—－-]+/u, '') || null,
    byline: article.byline,
    credit: source.credit,
    headings: parts.flatMap((p) => (p.kind === 'heading' ? [heading(p.lines)] : [])),
    paragraphs: parts.flatMap((p) => (p.kind === 'paragraph' ? [p.text] : [])),
    continues_on_page: article.continuesOn,
    continued_from_page: article.continuedFrom,
  }
}

/** Write one story: title block before or after its body, byline, body, dateline, credit. */
function writeArticle(
  w: PageWriter,
  article: PrintedArticle,
  style: PageStyle,
  random: Random,
  glueNext: { text: string; tag: LineTag } | null,
): void {
  const layout = itemLayout(random)
  // A headline with another glued after it is set whole on its line.
  if (glueNext !== null) layout.title = 60
  const photo = article.source.kind === 'photo'
  const head = titleLines(article, layout, random, photo)
  if (glueNext !== null && head.length > 0) {
    // > | 全国春耕生产进展顺利 国 务 院 召 开   two headlines side by side, read as one line
    const last = head.at(-1)!
    head[head.length - 1] = {
      text: `${last.text} ${spaced(glueNext.text)}`,
      tags: [...last.tags, glueNext.tag],
    }
  }
  const writeHead = (): void => {
    if (head.length === 0) return
    if (w.lines.at(-1)?.tags.length !== 0) w.blankMaybe(style.blankAround)
    for (const line of head) w.lines.push({ text: ragged(line.text, random), tags: line.tags })
    w.blankMaybe(style.blankAround)
  }
  if (!style.titleAfter) writeHead()
  if (article.continuedFrom !== null) w.line(jumpLine(random, false, article.continuedFrom), 'jump')
  if (article.byline !== null) {
    w.line(article.byline, 'byline')
    w.blankMaybe(0.5)
  }
  let column = photo ? layout.caption : layout.column
  let first = true
  for (const part of article.body) {
    if (part.kind === 'byline') {
      w.line(part.text, 'byline')
      continue
    }
    if (part.kind === 'heading') {
      // > | 全球同战 刻不容缓   a one-line heading of two phrases often stands inline between paragraphs
      const phrases = /^\p{Script=Han}{2,8}[ \u3000\u00a0]+\p{Script=Han}{2,8}$/u.test(part.lines[0]!)
      const inline = part.lines.length === 1 && random.chance(phrases ? 0.8 : 0.35)
      if (!inline) w.blankMaybe(style.blankAround)
      for (const line of part.lines) w.line(line, 'heading')
      if (!inline) w.blankMaybe(style.blankAround)
      continue
    }
    // A column that narrows or widens mid-story, around a picture or at a column break.
    if (!photo && !first && random.chance(0.03))
      column = Math.max(8, column + random.pick([-3, -2, -1, 1, 2]))
    const indented = !(first && article.opensMidParagraph)
    w.paragraph(noisy(part.text, style, random), column, photo, indented)
    first = false
  }
  if (article.continuesOn !== null) w.line(jumpLine(random, true, article.continuesOn), 'jump')
  if (article.source.credit !== null) {
    w.blankMaybe(0.15)
    w.line(article.source.credit, 'credit')
  }
  if (article.trailingDateline !== null) {
    w.blankMaybe(style.blankAround)
    w.line(article.trailingDateline, 'dateline')
  }
  if (article.source.staff !== null && random.chance(0.6)) w.line(article.source.staff, 'staff')
  if (style.titleAfter) writeHead()
}

/** Gather a page's photos into one 图片报道 group, after the first of them. */
function groupPhotos(random: Random, articles: PrintedArticle[]): PrintedArticle[] {
  const photos = articles.filter((a) => a.source.kind === 'photo' && a.source.title !== '图片报道')
  if (photos.length < 2) return articles
  const group = photos.slice(0, random.int(2, Math.min(4, photos.length)))
  const at = articles.indexOf(group[0]!)
  const rest = articles.filter((a) => !group.includes(a))
  group[0]!.groupHeader = '图片报道'
  for (const photo of group.slice(1)) if (random.chance(0.5)) photo.title = null
  rest.splice(at, 0, ...group)
  return rest
}

/**
 * One page of `source`'s articles laid out as page text, with its gold. `paper` makes it a page of another paper
 * (masthead or header, colophon, jump lines, 本报讯, glued headlines).
 *
 * @example composePage(seeded(1), month[0], names, false).text
 */
export function composePage(
  random: Random,
  source: SourcePage,
  names: readonly string[],
  paper: boolean,
): SimulatedPage {
  const style = pageStyle(random, paper)
  let articles = source.articles.map(printed)
  const paperName = pickPaper(random)
  for (const article of articles) {
    if (random.chance(paper ? 0.15 : style.titleAfter ? 0.5 : 0.3)) moveDatelineToEnd(article, random)
    if (paper && random.chance(0.5)) openWithBenbaoxun(article)
    maybeByline(random, article, names)
  }
  if (!style.titleAfter && random.chance(0.25)) articles = groupPhotos(random, articles)
  if (paper) {
    const stories = articles.filter((a) => a.source.kind === 'article')
    if (source.page === 1) {
      for (const story of stories.slice(0, random.int(0, 2)))
        if (random.chance(0.7)) cutForJump(random, story, random.int(2, 8))
    } else if (stories[0] !== undefined && random.chance(0.5)) cutAsContinuation(random, stories[0], 1)
  }
  // Two headlines side by side: the second's first words, letter-spaced, glued after the first.
  const glued = new Map<number, { text: string; tag: LineTag }>()
  if (paper && !style.titleAfter && random.chance(0.4)) {
    for (let i = 1; i < articles.length; i++) {
      const [a, b] = [articles[i - 1]!, articles[i]!]
      if (a.title === null || a.subtitle !== null || a.groupHeader !== null || b.groupHeader !== null)
        continue
      const hadKicker = b.kicker !== null
      if (takeGluedPart(random, b)) {
        glued.set(i - 1, { text: b.gluedPart!, tag: hadKicker && b.kicker === null ? 'kicker' : 'title' })
        break
      }
    }
  }

  const w = pageWriter(random, style)
  const furniture: string[] = []
  const writeFurniture = (lines: string[]): void => {
    for (const line of lines) {
      w.line(line, 'furniture')
      furniture.push(line)
    }
  }
  if (paper) {
    if (source.page === 1) {
      writeFurniture(masthead(random, paperName, source.date))
      if (random.chance(0.3)) {
        w.blankMaybe(0.7)
        writeFurniture(
          ear(
            random,
            articles.slice(1).flatMap((a) => (a.title === null ? [] : [a.title])),
          ),
        )
      }
    } else writeFurniture(pageHeader(random, paperName, source.date, source.page))
    w.blankMaybe(0.8)
  }
  articles.forEach((article, i) => {
    if (i > 0) {
      const gap = random.weighted([
        [0, 2],
        [1, 6],
        [2, 2],
      ])
      for (let k = 0; k < gap; k++) if (w.lines.at(-1)?.tags.length !== 0 || k > 0) w.blank()
    }
    writeArticle(w, article, style, random, glued.get(i) ?? null)
  })
  if (paper && random.chance(0.7)) {
    w.blankMaybe(0.8)
    writeFurniture(colophon(random, names))
  }
  const items = articles.map((a, i) => goldItem(a, glued.has(i - 1) ? a.gluedPart : null))
  const text = `${w.lines.map((l) => l.text).join('\n')}\n`
  return {
    text,
    gold: {
      date: source.date,
      page: source.page,
      title_after: style.titleAfter,
      items,
      line_tags: [...w.lines.map((l) => l.tags.join('+')), ''],
      furniture,
    },
  }
}
