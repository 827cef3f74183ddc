// Read a byline line (`□新华社记者 韩墨 赵嫣 刘石磊`) into its signers.
import { AGENCIES } from '../lexicon/agencies.ts'
import { BYLINE_ROLES } from '../lexicon/roles.ts'
import type { Byline } from '../types.ts'
import { matchLeadingDateline, type DatelineMatch } from './parse-dateline.ts'
import { readNames } from './read-names.ts'

/** Marker glyphs set before a byline. They are typography, not text. */
export const BYLINE_MARKERS = /^[\s□■◎●▲◆※☆★]+/u

const ROLE_AT_START = new RegExp(
  `^(${AGENCIES.join('|')})?(驻\\p{Script=Han}{1,8}?)?(${BYLINE_ROLES.join('|')})(.*)$`,
  'u',
)
const ROLE_ANYWHERE = new RegExp(
  `(据?(?:${AGENCIES.join('|')}))?(驻\\p{Script=Han}{1,8}?)?(${BYLINE_ROLES.join('|')})`,
  'gu',
)
// A cheap first look: every role in the lexicon contains one of these.
function mayBeByline(text: string): boolean {
  return (
    text.includes('记者') || text.includes('评论员') || text.includes('通讯员') || text.includes('实习生')
  )
}

interface Segment {
  start: number
  agency: string | null
  role: string
  /** The text after the role: the names, with what the signers did. */
  names: string
}

/**
 * The bylines on one line, or null when the line is not a byline. Each byline's `text` is its stretch of the line
 * without the marker glyph, so the line's characters are kept exactly once. Two single characters in a row are
 * one two-character name padded to three (`贺  勇`, `付 文`), and what the signers did is no part of a name
 * (`方  圆文` is 方圆).
 *
 * @example parseBylineLine('□新华社记者 王鹏') // [{ text: '新华社记者 王鹏', agency: '新华社', role: '记者', names: ['王鹏'] }]
 */
export function parseBylineLine(line: string): Byline[] | null {
  // Most lines are body text: look for a role before copying the line.
  if (!mayBeByline(line)) return null
  const text = line.replace(BYLINE_MARKERS, '').trim()
  if (text.length === 0 || text.length > 40 || !mayBeByline(text)) return null
  const marked = text.length !== line.trim().length
  const segments: Segment[] = []
  let offset = 0
  for (const token of text.split(/\s+/u)) {
    const start = text.indexOf(token, offset)
    offset = start + token.length
    if (token.length === 0) continue
    const role = ROLE_AT_START.exec(token)
    if (role !== null && (role[1] !== undefined || marked || segments.length > 0 || role[4] === '')) {
      segments.push({ start, agency: role[1] ?? null, role: role[3] ?? '', names: role[4] ?? '' })
      continue
    }
    const current = segments.at(-1)
    if (current === undefined) return null
    current.names += ` ${token}`
  }
  if (segments.length === 0 || segments[0]!.start !== 0) return null
  const names = segments.map((segment) =>
    segment.names.trim() === '' ? [] : readNames(segment.names, { anchored: true }),
  )
  if (names.some((n) => n === null)) return null
  const agencyOrMarker = marked || segments.some((s) => s.agency !== null)
  if (!agencyOrMarker && names.every((n) => n!.length === 0)) return null
  return segments.map((segment, i) => ({
    text: text.slice(segment.start, segments[i + 1]?.start ?? text.length).trim(),
    agency: segment.agency,
    role: segment.role,
    names: names[i]!,
  }))
}

/**
 * The reporters a dateline or a closing bracket names, as bylines: `记者邹伟、王思北`, `解放军报记者王文杰、新华社记者
 * 罗玉文`, `本报记者  程是颉整理`, `参与记者：李东旭、白平`, or names alone (`张京、陈辉`, `祝谦`), which must
 * read as names without a role to vouch for them. A role without its own agency signs for `agency` (the dateline's).
 * Null when the text is not only that.
 *
 * @example parseReporters('记者邹伟、王思北', '新华社') // [{ text: '记者邹伟、王思北', agency: '新华社', role: '记者', names: ['邹伟', '王思北'] }]
 */
export function parseReporters(text: string, agency: string | null = null): Byline[] | null {
  const body = text.trim()
  if (body.length === 0 || body.length > 60) return null
  const roles = [...body.matchAll(ROLE_ANYWHERE)]
  if (roles.length === 0) {
    const names = readNames(body, { anchored: false })
    return names === null ? null : [{ text: body, agency, role: null, names }]
  }
  // > | 综合本报记者顾仲阳、王锦涛报道      > | 参与记者：李东旭、白平
  //     ^^^^ gathered from them                ^^^^ took part
  const lead = body.slice(0, roles[0]!.index)
  if (lead !== '' && lead !== '综合' && lead !== '参与') return null
  const bylines: Byline[] = []
  for (const [i, role] of roles.entries()) {
    const start = role.index ?? 0
    const end = roles[i + 1]?.index ?? body.length
    const signed = body.slice(start + role[0].length, end).replace(/[、，,\s]+$/u, '')
    const names = signed.trim() === '' ? [] : readNames(signed, { anchored: true })
    if (names === null) return null
    const own = role[1]?.replace(/^据/u, '') ?? null
    bylines.push({
      text: body.slice(i === 0 ? 0 : start, end).replace(/[、，,\s]+$/u, ''),
      agency: own ?? (i === 0 ? agency : (bylines[i - 1]?.agency ?? agency)),
      role: role[3] ?? null,
      names,
    })
  }
  return bylines.some((b) => b.names.length > 0) ? bylines : null
}

/** A signature that closes a story: its bylines, and the dateline it carries, if any. */
export interface Signature {
  /** The bracket as printed. */
  text: string
  bylines: Byline[]
  dateline: DatelineMatch | null
}

/**
 * A line that is only a signature: a bracket naming the story's reporters, after its dateline or alone —
 * `（谷业凯）`, `（本报记者  程是颉整理）`, `（新华社北京1月3日电  记者梅世雄）`, `（据新华社雅典电  记者王亚哲）`.
 * A bracket holding only a dateline is not one (see `matchStandaloneDateline`).
 *
 * @example matchSignature('（本报东京电 记者刘军国）')?.bylines[0]?.names // ['刘军国']
 */
export function matchSignature(line: string): Signature | null {
  const text = line.trim()
  const bracket = /^[（(]([^（）()]{2,80})[）)]$/u.exec(text)
  if (bracket === null) return null
  const inner = (bracket[1] as string).trim()
  const dateline = matchLeadingDateline(inner)
  if (dateline === null) {
    const bylines = parseReporters(inner)
    return bylines === null ? null : { text, bylines, dateline: null }
  }
  const rest = inner.slice(dateline.text.length).trim()
  const reporters = dateline.reporters ?? (rest === '' ? null : rest)
  if (reporters === null || (dateline.reporters !== null && rest !== '')) return null
  const bylines = parseReporters(reporters, dateline.agency)
  return bylines === null ? null : { text, bylines, dateline }
}

/**
 * A signature closing a paragraph after its last sentence: `…创造了全国安全飞行的先进纪录。（祝谦）`. Its `text`
 * is the paragraph's own suffix.
 *
 * @example matchClosingSignature('…先进纪录。（祝谦）')?.bylines[0]?.names // ['祝谦']
 */
export function matchClosingSignature(paragraph: string): Signature | null {
  if (!paragraph.endsWith('）') && !paragraph.endsWith(')')) return null
  const m = /[。！？…”」』][\s]*([（(][^（）()]{2,80}[）)])$/u.exec(paragraph.slice(-90))
  return m === null ? null : matchSignature(m[1] as string)
}
