// Layout step 5: walk the page's blocks in reading order and build items with the same drafts text pages use:
// heads open articles, images open photos, indents open paragraphs.
import {
  addHeading,
  addParagraph,
  addStaffCredit,
  cover,
  finishItem,
  newDraft,
  type ItemDraft,
} from '../model/item-draft.ts'
import { isCreditLine } from '../patterns/parse-credit.ts'
import { resolveDateline } from '../patterns/parse-dateline.ts'
import { cleanDisplay, cleanSpaces } from '../text/clean-spaces.ts'
import type { Item, LineRange, PageMeta } from '../types.ts'
import type { TextLine } from './build-lines.ts'
import { overlap, type Box } from './geometry.ts'
import type { BodyType, LabeledBlock } from './label-blocks.ts'

/**
 * What the page holds, in reading order: labelled blocks (with the box they were ordered by: a head's is widened to
 * the columns it heads) and images.
 */
export type PageElement = { kind: 'block'; block: LabeledBlock; box: Box } | { kind: 'image'; box: Box }

/** A 小标题 is set at most this much larger than the body; a larger display line heads a story of its own. */
const HEADING_MAX = 1.2

/** A line starting this many ems right of its column's left edge is a paragraph's indented first line. */
const INDENT_EMS = 1.2

type BlockElement = Extract<PageElement, { kind: 'block' }>

const isHead = (e: PageElement | undefined): e is BlockElement =>
  e?.kind === 'block' && (e.block.role === 'title' || e.block.role === 'display')
const isText = (e: PageElement | undefined): e is BlockElement =>
  e?.kind === 'block' && (e.block.role === 'body' || e.block.role === 'aside')

/** Lines near enough (in their size) above or below to share a column's left edge with a line. */
const NEAR_EMS = 8

/**
 * The left edge of each line's column: the leftmost start among its block's lines when the block has three or more
 * (one of them is not a first line); for a shorter block, among the text lines of the same size a little above or
 * below it, in the same column (overlapping it, starting at most an indent left of it).
 */
function columnLefts(blocks: readonly LabeledBlock[]): Map<TextLine, number> {
  const lines = blocks.flatMap((b) => b.lines)
  const out = new Map<TextLine, number>()
  for (const block of blocks) {
    const own = Math.min(...block.lines.map((l) => l.x0))
    for (const line of block.lines) {
      let left = block.lines.length >= 3 ? own : line.x0
      if (block.lines.length < 3) {
        for (const other of lines) {
          if (other.x0 >= left || other.x0 < line.x0 - line.size * 2.6) continue
          if (Math.abs(other.y0 - line.y0) > line.size * NEAR_EMS) continue
          if (Math.abs(other.size - line.size) > line.size * 0.1) continue
          if (overlap(other.x0, other.x1, line.x0, line.x1) > (line.x1 - line.x0) * 0.5) left = other.x0
        }
      }
      out.set(line, left)
    }
  }
  return out
}

// > | 1月1日，一名工人在重庆市北碚区正码头广场悬挂灯笼，迎接新年的到来。 秦廷富摄（影像中国）
//                                                          ^ a credit run on at the end of a caption
function splitTrailingCredit(text: string): { text: string; credit: string | null } {
  const cut = Math.max(text.lastIndexOf('。'), text.lastIndexOf('！'), text.lastIndexOf('”'))
  const tail = text.slice(cut + 1).trim()
  if (cut < 0 || tail.length === 0 || !isCreditLine(tail)) return { text, credit: null }
  return { text: text.slice(0, cut + 1), credit: tail }
}

/**
 * True when `next` sits right under `prev`, within the span of columns either heads: the next part of one head.
 * ```
 * > | 张又侠在会见军队新当选两院院士时强调            a kicker set flush left over a centred title: they share
 * > |                  不忘初心牢记使命                no width, but the title heads the columns under both
 * ```
 */
function stacksUnder(prev: BlockElement, next: BlockElement): boolean {
  const gap = next.block.y0 - prev.block.y1
  const size = Math.max(prev.block.size, next.block.size)
  return (
    overlap(prev.box.x0, prev.box.x1, next.box.x0, next.box.x1) > 0 &&
    gap > -prev.block.size * 0.5 &&
    gap < size * 1.5
  )
}

interface Head {
  kicker: string | null
  title: string | null
  subtitle: string | null
}

/** Kicker, title and subtitle of a run of display blocks: the largest type is the title; above it, the kicker. */
function readHead(blocks: readonly LabeledBlock[]): Head {
  const max = Math.max(...blocks.map((b) => b.size))
  const first = blocks.findIndex((b) => b.size >= max * 0.9)
  let last = first
  while (
    last + 1 < blocks.length &&
    blocks[last + 1]!.size >= max * 0.9 &&
    !/^[—－]/u.test(blocks[last + 1]!.text.trim())
  )
    last++
  const join = (part: readonly LabeledBlock[]): string | null =>
    part.length === 0
      ? null
      : cleanDisplay(part.map((b) => b.lines.map((l) => l.text.trim()).join('')).join(''))
  const subtitle = join(blocks.slice(last + 1))
  return {
    kicker: join(blocks.slice(0, first)),
    title: join(blocks.slice(first, last + 1)),
    subtitle: subtitle === null ? null : subtitle.replace(/^[—－-]+/u, '').trim() || null,
  }
}

/**
 * Items from the page's elements in reading order.
 *
 * @example assemblePdfItems(elements, bodyType, { date: '2020-03-13' }, warnings)
 */
export function assemblePdfItems(
  elements: readonly PageElement[],
  body: BodyType,
  meta: PageMeta,
  warnings: string[],
): Item[] {
  const pageDate = meta.date ?? null
  const lefts = columnLefts(elements.flatMap((e) => (isText(e) ? [e.block] : [])))
  const lineNo = new Map<TextLine, number>()
  let counter = 0
  for (const e of elements) if (e.kind === 'block') for (const l of e.block.lines) lineNo.set(l, ++counter)
  const rangeOf = (block: LabeledBlock): LineRange => [
    lineNo.get(block.lines[0]!)!,
    lineNo.get(block.lines.at(-1)!)!,
  ]

  const items: Item[] = []
  let article = null as ItemDraft | null
  let photo = null as { draft: ItemDraft; box: Box; suspended: ItemDraft | null } | null
  // Each draft's paragraph still being read: an article's paragraph may run on past a photo set in its column.
  const open = new Map<ItemDraft, { text: string; lines: LineRange }>()

  const flushParagraph = (draft: ItemDraft | null): void => {
    const paragraph = draft === null ? undefined : open.get(draft)
    if (draft === null || paragraph === undefined) return
    const text = cleanSpaces(paragraph.text)
    if (text.length > 0) addParagraph(draft, text, paragraph.lines)
    open.delete(draft)
  }
  const finish = (draft: ItemDraft | null, kind?: 'photo'): void => {
    flushParagraph(draft)
    if (draft === null || draft.lines === null) return
    const item = finishItem(draft, pageDate, warnings)
    if (kind !== undefined && item.sections.every((s) => s.heading === null)) item.kind = kind
    items.push(item)
  }
  const closePhoto = (): void => {
    if (photo === null) return
    flushParagraph(photo.draft)
    const last = photo.draft.sections.at(-1)?.paragraphs.at(-1)
    if (last !== undefined && photo.draft.credit === null) {
      const split = splitTrailingCredit(last.text)
      if (split.credit !== null) {
        last.text = split.text
        photo.draft.credit = split.credit
      }
    }
    finish(photo.draft, 'photo')
    article = photo.suspended
    photo = null
  }
  const startArticle = (): ItemDraft => {
    finish(article)
    article = newDraft()
    return article
  }
  const addText = (draft: ItemDraft, block: LabeledBlock): void => {
    for (const line of block.lines) {
      const no = lineNo.get(line)!
      const indented = line.x0 - (lefts.get(line) ?? line.x0) >= line.size * INDENT_EMS
      const paragraph = open.get(draft)
      if (paragraph === undefined || indented) {
        flushParagraph(draft)
        open.set(draft, { text: line.text, lines: [no, no] })
      } else {
        paragraph.text += line.text
        paragraph.lines = [paragraph.lines[0], no]
      }
    }
    cover(draft, rangeOf(block))
  }

  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!
    if (element.kind === 'image') {
      closePhoto()
      // A head read just before the image, with no text under it yet, is the photo's title.
      let draft = newDraft()
      let suspended = article
      if (
        article !== null &&
        article.sections.length === 0 &&
        article.bylines.length === 0 &&
        article.title !== null
      ) {
        draft = article
        suspended = null
        article = null
      }
      photo = { draft, box: element.box, suspended }
      continue
    }
    const block = element.block
    if (photo !== null) {
      const below =
        block.y0 >= photo.box.y1 - block.size &&
        overlap(block.x0, block.x1, photo.box.x0, photo.box.x1) > (block.x1 - block.x0) * 0.6
      const captionLike =
        below &&
        (block.role === 'aside' ||
          block.role === 'credit' ||
          (block.role === 'display' && photo.draft.title === null && photo.draft.sections.length === 0) ||
          (block.role === 'body' && block.font !== body.font))
      if (captionLike) {
        if (block.role === 'credit') {
          flushParagraph(photo.draft)
          photo.draft.credit = cleanDisplay(block.text)
          cover(photo.draft, rangeOf(block))
          closePhoto()
        } else if (block.role === 'display') {
          Object.assign(photo.draft, readHead([block]))
          cover(photo.draft, rangeOf(block))
        } else addText(photo.draft, block)
        continue
      }
      closePhoto()
    }
    switch (block.role) {
      case 'furniture':
        continue
      case 'title':
      case 'display': {
        const group: LabeledBlock[] = [block]
        // A head is the display blocks stacked one under the other: kicker, title (perhaps on two lines), subtitle.
        let last = element
        while (isHead(elements[i + 1]) && stacksUnder(last, elements[i + 1] as BlockElement)) {
          last = elements[++i] as BlockElement
          group.push(last.block)
        }
        const hasTitle = group.some((b) => b.role === 'title')
        const prev = elements[i - group.length]
        const next = elements[i + 1]
        // 小标题: display text between two pieces of one column of text, no title among it.
        const inColumn =
          !hasTitle &&
          Math.max(...group.map((g) => g.size)) < body.size * HEADING_MAX &&
          article !== null &&
          (article.sections.length > 0 || article.title !== null) &&
          isText(prev) &&
          isText(next) &&
          group.every((g) => overlap(g.x0, g.x1, next.block.x0, next.block.x1) > 0)
        if (inColumn) {
          flushParagraph(article)
          addHeading(article!, cleanDisplay(group.map((g) => g.text.trim()).join(' ')), [
            rangeOf(group[0]!)[0],
            rangeOf(group.at(-1)!)[1],
          ])
          continue
        }
        const draft = startArticle()
        Object.assign(draft, readHead(group))
        for (const g of group) cover(draft, rangeOf(g))
        continue
      }
      case 'byline': {
        if (article === null || article.sections.length > 0) startArticle()
        flushParagraph(article)
        article!.bylines.push(...(block.bylines ?? []))
        cover(article!, rangeOf(block))
        continue
      }
      case 'dateline': {
        if (article === null) startArticle()
        flushParagraph(article)
        article!.dateline = resolveDateline(block.dateline!, pageDate)
        cover(article!, rangeOf(block))
        continue
      }
      case 'credit': {
        if (article === null) startArticle()
        flushParagraph(article)
        article!.credit = cleanDisplay(block.text)
        cover(article!, rangeOf(block))
        continue
      }
      case 'staff': {
        flushParagraph(article)
        if (article !== null) addStaffCredit(article, cleanDisplay(block.text), rangeOf(block))
        continue
      }
      case 'body':
      case 'aside': {
        addText(article ?? startArticle(), block)
        continue
      }
    }
  }
  closePhoto()
  finish(article)
  for (const item of items) {
    if (item.title === null)
      warnings.push(`lines ${item.lines[0]}–${item.lines[1]}: no title found for this ${item.kind}`)
  }
  return items
}
