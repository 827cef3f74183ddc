// Stage 4: measure each line on its own: display width, how it begins and ends, and the patterns it matches
// (bylines, datelines, credits, jump lines, furniture). These are the layout model's evidence, and what item
// assembly reads a line's data from.
import { parseBylineLine } from '../patterns/parse-byline.ts'
import { isCreditLine, isStaffCreditLine } from '../patterns/parse-credit.ts'
import {
  matchLeadingDateline,
  matchStandaloneDateline,
  type DatelineMatch,
} from '../patterns/parse-dateline.ts'
import { furnitureSigns } from '../patterns/furniture.ts'
import { matchJumpLine, type JumpMatch } from '../patterns/jump-line.ts'
import { displayWidth } from '../text/display-width.ts'
import type { Byline } from '../types.ts'
import type { PageLine } from './split-compound-lines.ts'

/** How a line's last visible character leaves it. */
export const END = {
  open: 0,
  /** `，` `、` */
  comma: 1,
  /** `。` `！` `？` */
  sentence: 2,
  /** `：` */
  colon: 3,
  /** `；` */
  semicolon: 4,
  /** `——`, a lead-in */
  dash: 5,
  /** a closing quote or bracket after a sentence end: `我先上！”` */
  closedSentence: 6,
  /** a closing quote or bracket: `“空中课堂”` */
  closer: 7,
  /** `…` */
  ellipsis: 8,
  /** a digit or Latin letter */
  alnum: 9,
} as const
export const END_CLASSES = 10

/** How a line's first character opens it. */
export const START = {
  han: 0,
  openQuote: 1,
  openBracket: 2,
  dash: 3,
  digit: 4,
  latin: 5,
  marker: 6,
  slash: 7,
  ellipsis: 8,
  punctuation: 9,
} as const
export const START_CLASSES = 10

/** Patterns a line matches, one bit each. */
export const SIGN = {
  byline: 1 << 0,
  dateline: 1 << 1,
  leadingDateline: 1 << 2,
  benbaoxun: 1 << 3,
  credit: 1 << 4,
  staff: 1 << 5,
  jump: 1 << 6,
  latin: 1 << 7,
  letterSpaced: 1 << 8,
  phraseSpace: 1 << 9,
  sentenceBreak: 1 << 10,
  photoWords: 1 << 11,
  titleTag: 1 << 12,
  quoted: 1 << 13,
  ellipsisOnly: 1 << 14,
  glued: 1 << 15,
  headingLike: 1 << 16,
  clause: 1 << 17,
} as const
export const SIGN_COUNT = 18

/** A page line with its measures. Blank lines are kept, so that line numbers and blank-line evidence stay. */
export interface MeasuredLine extends PageLine {
  /** Display width in column units (CJK 1, ASCII ½). */
  width: number
  end: number
  start: number
  /** `SIGN` bits. */
  signs: number
  /** `furnitureSigns` bits. */
  furniture: number
  /** True when the line holds no clause or sentence mark at all (`，。、；：！？`). */
  bare: boolean
  bylines: Byline[] | null
  /** A dateline standing alone on the line. */
  dateline: DatelineMatch | null
  jump: JumpMatch | null
}

const SENTENCE_ENDS = new Set([...'。！？!?'])
const CLOSERS = new Set([...'”’」』）)》〉】"\''])
const MARKERS = new Set([...'□■◎●▲◆※☆★▶►◇○'])
const OPEN_QUOTES = new Set([...'“‘「『'])
const OPEN_BRACKETS = new Set([...'（(《〈【[［'])

function isTrailingSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0xa0 || code === 0x09
}

function endOf(text: string): number {
  let end = text.length
  while (end > 0 && isTrailingSpace(text.charCodeAt(end - 1))) end--
  if (end === 0) return END.open
  const last = text[end - 1]!
  if (last === '—' || last === '－') return end >= 2 && text[end - 2] === last ? END.dash : END.open
  if (SENTENCE_ENDS.has(last)) return END.sentence
  if (last === '，' || last === '、' || last === ',') return END.comma
  if (last === '：' || last === ':') return END.colon
  if (last === '；' || last === ';') return END.semicolon
  if (last === '…' || last === '⋯') return END.ellipsis
  if (CLOSERS.has(last))
    return end >= 2 && SENTENCE_ENDS.has(text[end - 2]!) ? END.closedSentence : END.closer
  const code = last.charCodeAt(0)
  if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) return END.alnum
  return END.open
}

function startOf(text: string): number {
  const first = text[0]
  if (first === undefined) return START.han
  const code = first.charCodeAt(0)
  if (code >= 0x30 && code <= 0x39) return START.digit
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return START.latin
  if (OPEN_QUOTES.has(first)) return START.openQuote
  if (OPEN_BRACKETS.has(first)) return START.openBracket
  if (first === '—' || first === '－' || first === '-') return START.dash
  if (MARKERS.has(first)) return START.marker
  if (first === '/' || first === '／') return START.slash
  if (first === '…' || first === '⋯') return START.ellipsis
  if ((code >= 0x3400 && code < 0xa000) || (code >= 0xf900 && code < 0xfb00)) return START.han
  // A surrogate pair: the CJK extensions beyond the basic plane.
  if (code >= 0xd840 && code < 0xd8c0) return START.han
  return START.punctuation
}

const LETTER_SPACED = /^(?:\p{Script=Han}[ \u3000\u00a0]+){2,}\p{Script=Han}$/u
const PHRASE_SPACE = /\p{Script=Han}[ \u3000\u00a0]+\p{Script=Han}/u
const HEADING_LIKE = /^\p{Script=Han}{2,8}[ \u3000\u00a0]+\p{Script=Han}{2,8}$/u
const TITLE_TAG = /[（(][^（）()]{2,12}[）)]$/u
const BENBAOXUN = /^(?:本报|本刊|新华社|据\p{Script=Han}{2,8})讯/u
const ELLIPSIS_ONLY = /^[…⋯]+$/u
// The last characters a photo credit can end with (`摄`, `发`, `供图`, `（人民视觉）`…): a cheap first look.
const CREDIT_LAST = new Set([...'摄影图绘发真）)'])

/** What one pass over a line's characters finds: the signs that need no pattern, and its Latin letters. */
function scanSigns(text: string): { signs: number; latin: number; spaced: boolean; bare: boolean } {
  let signs = 0
  let latin = 0
  let spaced = false
  let bare = true
  const last = text.length - 1
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++
      else if (code === 0x20) spaced = true
      else if (code === 0x2c || code === 0x3b) {
        bare = false
        if (code === 0x3b && i < last) signs |= SIGN.sentenceBreak
      } else if (i < last - 1 && (code === 0x21 || code === 0x3f)) signs |= SIGN.sentenceBreak
      continue
    }
    switch (code) {
      case 0xff0c: // ，
      case 0x3001: // 、
        signs |= SIGN.clause
        bare = false
        break
      case 0xff1a: // ：
        bare = false
        break
      case 0x3002: // 。
      case 0xff1b: // ；
        bare = false
        if (i < last) signs |= SIGN.sentenceBreak
        break
      case 0xff01: // ！
      case 0xff1f: // ？
        bare = false
        if (i < last - 1) signs |= SIGN.sentenceBreak
        break
      case 0x6444: // 摄
        signs |= SIGN.photoWords
        break
      case 0x3000:
      case 0x00a0:
        spaced = true
        break
    }
  }
  return { signs, latin, spaced, bare }
}

function signsOf(line: PageLine, text: string, width: number, scan: ReturnType<typeof scanSigns>): number {
  let signs = scan.signs
  if (line.part === 'glued') signs |= SIGN.glued
  if (scan.spaced) {
    if (LETTER_SPACED.test(text)) signs |= SIGN.letterSpaced
    if (PHRASE_SPACE.test(text)) signs |= SIGN.phraseSpace
    if (HEADING_LIKE.test(text)) signs |= SIGN.headingLike
  }
  const first = text.charCodeAt(0)
  if (first === 0x56fe && text.charCodeAt(1) === 0x4e3a) signs |= SIGN.photoWords // 图为
  if (text.endsWith('）') && TITLE_TAG.test(text)) signs |= SIGN.titleTag
  if (first === 0x201c && (text.endsWith('”') || text.endsWith('”。'))) signs |= SIGN.quoted
  if ((first === 0x2026 || first === 0x22ef) && ELLIPSIS_ONLY.test(text)) signs |= SIGN.ellipsisOnly
  if (text.includes('讯') && BENBAOXUN.test(text)) signs |= SIGN.benbaoxun
  if (text.includes('电') && matchLeadingDateline(text) !== null) signs |= SIGN.leadingDateline
  if (scan.latin >= 4 && scan.latin >= width) signs |= SIGN.latin
  return signs
}

const BLANK_MEASURES = {
  width: 0,
  end: END.open,
  start: START.han,
  signs: 0,
  furniture: 0,
  bare: true,
  bylines: null,
  dateline: null,
  jump: null,
} as const

/**
 * Each line with its measures and pattern matches. A credit is checked before a byline, because `新华社记者
 * 肖艺九摄` reads as both.
 *
 * @example measureLines(splitCompoundLines(splitLines('□新华社评论员')))[0]?.bylines?.[0]?.role // '评论员'
 */
export function measureLines(lines: readonly PageLine[]): MeasuredLine[] {
  const out: MeasuredLine[] = new Array<MeasuredLine>(lines.length)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const { no, text, blank, indented, part } = line
    if (blank) {
      out[i] = { no, text, blank, indented, part, ...BLANK_MEASURES }
      continue
    }
    const width = displayWidth(text)
    const scan = scanSigns(text)
    let signs = signsOf(line, text, width, scan)
    const length = text.length
    const jump = length <= 16 ? matchJumpLine(text) : null
    if (jump !== null) signs |= SIGN.jump
    const dateline =
      jump === null && length <= 40 && text.includes('电') ? matchStandaloneDateline(text) : null
    if (dateline !== null) signs |= SIGN.dateline
    const staff =
      dateline === null &&
      length <= 24 &&
      (text.includes('编') || text.includes('设计') || text.includes('制图')) &&
      isStaffCreditLine(text)
    if (staff) signs |= SIGN.staff
    const credit = dateline === null && !staff && CREDIT_LAST.has(text[length - 1]!) && isCreditLine(text)
    if (credit) signs |= SIGN.credit
    const bylines = dateline === null && !staff && !credit ? parseBylineLine(text) : null
    if (bylines !== null) signs |= SIGN.byline
    out[i] = {
      no,
      text,
      blank,
      indented,
      part,
      width,
      end: endOf(text),
      start: startOf(text),
      signs,
      furniture: furnitureSigns(text),
      bare: scan.bare,
      bylines,
      dateline,
      jump,
    }
  }
  return out
}
