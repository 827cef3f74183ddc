// Stage 6: put the flow of paragraphs, displays, bylines, datelines and credits together into items.
import { matchLeadingDateline, resolveDateline } from '../patterns/parse-dateline.ts'
import { cleanDisplay } from '../text/clean-spaces.ts'
import type { Item, PageMeta } from '../types.ts'
import { unreachable } from '../unreachable.ts'
import type { ClassifiedLine } from './classify-lines.ts'
import type { Flow } from './reflow-paragraphs.ts'
import {
  addHeading,
  addParagraph,
  addStaffCredit,
  cover,
  finishItem,
  isEmptyDraft,
  joinCredits,
  newDraft,
  type ItemDraft,
} from '../model/item-draft.ts'

/** Where a page sets its titles: before each story, or (as on the seed page) after its body and dateline. */
export type TitleOrder = 'title-first' | 'title-after-body'

/** A display block read as an item's head. */
export interface TitleParts {
  kicker: string | null
  title: string | null
  subtitle: string | null
}

const STACKED_WIDTH = 6

function isSubtitle(row: ClassifiedLine): boolean {
  return /^[—－-]{1,2}/u.test(row.text)
}

/**
 * Kicker, title and subtitle of a display block. Lines from the first `——` on are the subtitle, its dashes
 * removed. A title set two to four characters a line (a photo's: `保障` / `“空中课堂”` / `覆盖贫困` / `家庭学生`) is
 * joined; of two or more wider lines, the first is the kicker.
 *
 * @example readTitle(rows of '抗疫情抓生产 筑堡垒当先锋' and '——基层党组织…').subtitle // '基层党组织…'
 */
export function readTitle(rows: readonly ClassifiedLine[]): TitleParts {
  const cut = rows.findIndex(isSubtitle)
  const head = cut === -1 ? rows : rows.slice(0, cut)
  const sub = cut === -1 ? [] : rows.slice(cut)
  const subtitle =
    sub.length === 0
      ? null
      : cleanDisplay(
          sub
            .map((r) => r.text)
            .join('')
            .replace(/^[—－-]+/u, ''),
        )
  const join = (part: readonly ClassifiedLine[]): string | null =>
    part.length === 0 ? null : cleanDisplay(part.map((r) => r.text).join(''))
  const stacked = head.every((r) => r.width <= STACKED_WIDTH)
  if (head.length < 2 || stacked) return { kicker: null, title: join(head), subtitle: subtitle || null }
  return { kicker: join(head.slice(0, 1)), title: join(head.slice(1)), subtitle: subtitle || null }
}

/** A section heading: its lines joined with a space, as a two-line heading reads (`发挥党的组织优势 吹响复工复产集结号`). */
export function readHeading(rows: readonly ClassifiedLine[]): string {
  return cleanDisplay(rows.map((r) => r.text).join(' '))
}

function isContent(flow: Flow): boolean {
  return flow.kind !== 'staff' && (flow.kind !== 'display' || !flow.inline)
}

/** The nearest block before (`step` -1) or after (+1) `i` that is not a staff credit. */
function neighbour(flow: readonly Flow[], i: number, step: -1 | 1): Flow | undefined {
  let j = i + step
  while (flow[j]?.kind === 'staff') j += step
  return flow[j]
}

/**
 * The page's title order, from the evidence at its two ends: a page that ends on a display block, or opens on
 * bylines or text, sets titles after bodies; one that opens on a display block sets them first.
 */
export function detectTitleOrder(flow: readonly Flow[]): TitleOrder {
  const content = flow.filter(isContent)
  const first = content[0]
  const last = content.at(-1)
  let after = 0
  let before = 0
  if (last?.kind === 'display') after += 2
  else if (last !== undefined) before += 1
  if (first?.kind === 'display') before += 2
  else if (first?.kind === 'bylines' || first?.kind === 'paragraph') after += 1
  return after > before ? 'title-after-body' : 'title-first'
}

/**
 * True when the display block at `i` is a title rather than a section heading. A title sits next to what ends or
 * starts a story: after a dateline or credit, before bylines or a paragraph that opens with a dateline, at either
 * end of the page; or it has a `——` subtitle. A heading sits between paragraphs of one story.
 */
export function isTitleAt(flow: readonly Flow[], i: number): boolean {
  const block = flow[i]
  if (block?.kind !== 'display' || block.inline) return false
  if (block.rows.some(isSubtitle)) return true
  const prev = neighbour(flow, i, -1)
  const next = neighbour(flow, i, 1)
  if (prev === undefined || next === undefined) return true
  if (prev.kind === 'dateline' || prev.kind === 'credit') return true
  if (next.kind === 'bylines') return true
  if (next.kind === 'paragraph' && matchLeadingDateline(next.text) !== null) return true
  return false
}

/**
 * Items in page order. With titles after bodies an item gathers bylines, text, a dateline or credit, and is
 * closed by its title; with titles first a title opens it. A dateline or credit closes an item's text either
 * way: what follows belongs to the next item, except, with titles after bodies, its title.
 *
 * @example assembleItems(reflowParagraphs(groupBlocks(classifyLines(splitLines(page)))), { date: '2020-03-13' })
 */
export function assembleItems(flow: readonly Flow[], meta: PageMeta, warnings: string[]): Item[] {
  const order = detectTitleOrder(flow)
  const pageDate = meta.date ?? null
  const items: Item[] = []
  let draft: ItemDraft = newDraft()
  let closed = false
  const finish = (): void => {
    if (!isEmptyDraft(draft)) items.push(finishItem(draft, pageDate, warnings))
    draft = newDraft()
    closed = false
  }
  const startIfClosed = (): void => {
    if (closed) finish()
  }
  flow.forEach((block, i) => {
    switch (block.kind) {
      case 'display': {
        if (isTitleAt(flow, i)) {
          if (order === 'title-first' || draft.title !== null) finish()
          Object.assign(draft, readTitle(block.rows))
          cover(draft, block.lines)
          if (order === 'title-after-body') finish()
          return
        }
        startIfClosed()
        addHeading(draft, readHeading(block.rows), block.lines)
        return
      }
      case 'paragraph':
        startIfClosed()
        addParagraph(draft, block.text, block.lines)
        return
      case 'bylines':
        if (closed || (order === 'title-after-body' && draft.sections.length > 0)) finish()
        draft.bylines.push(...block.bylines)
        cover(draft, block.lines)
        return
      case 'dateline':
        if (closed || draft.dateline !== null) finish()
        draft.dateline = resolveDateline(block.match, pageDate)
        cover(draft, block.lines)
        closed = true
        return
      case 'credit':
        if (draft.credit !== null || (closed && draft.credit === null && draft.dateline !== null)) finish()
        draft.credit = block.text
        cover(draft, block.lines)
        closed = true
        return
      case 'staff': {
        // The story it ends: the one being gathered, or, once a title has closed it, the last one.
        const last = items.at(-1)
        if (isEmptyDraft(draft) && last) {
          last.credit = joinCredits(last.credit, block.text)
          last.lines = [last.lines[0], Math.max(last.lines[1], block.lines[1])]
          return
        }
        addStaffCredit(draft, block.text, block.lines)
        return
      }
      default:
        return unreachable(block)
    }
  })
  finish()
  for (const item of items) {
    if (item.title === null)
      warnings.push(`lines ${item.lines[0]}–${item.lines[1]}: no title found for this ${item.kind}`)
  }
  return items
}
