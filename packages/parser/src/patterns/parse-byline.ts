// Read a byline line (`□新华社记者 韩墨 赵嫣 刘石磊`) into its signers.
import { AGENCIES } from '../lexicon/agencies.ts'
import { BYLINE_ROLES } from '../lexicon/roles.ts'
import type { Byline } from '../types.ts'

/** Marker glyphs set before a byline. They are typography, not text. */
export const BYLINE_MARKERS = /^[\s□■◎●▲◆※☆★]+/u

const NAME = /^\p{Script=Han}{1,4}(?:[·•]\p{Script=Han}{1,8})*$/u
const ROLE_AT_START = new RegExp(
  `^(${AGENCIES.join('|')})?(驻\\p{Script=Han}{1,8}?)?(${BYLINE_ROLES.join('|')})(.*)$`,
  'u',
)
// A cheap first look: every role in the lexicon contains one of these.
function mayBeByline(text: string): boolean {
  return (
    text.includes('记者') || text.includes('评论员') || text.includes('通讯员') || text.includes('实习生')
  )
}
const SEPARATOR = /[\s、]+/u
const SUFFIX = /(?:摄影报道|摄影|摄|文\/图|文图|整理|报道|撰文|执笔|文)$/u

interface Segment {
  start: number
  agency: string | null
  role: string
  names: string[]
}

/**
 * The bylines on one line, or null when the line is not a byline. Each byline's `text` is its stretch of the line
 * without the marker glyph, so the line's characters are kept exactly once. Two single characters in a row are
 * one two-character name padded to three (`贺  勇`).
 *
 * @example parseBylineLine('□新华社记者 王鹏') // [{ text: '新华社记者 王鹏', agency: '新华社', role: '记者', names: ['王鹏'] }]
 */
export function parseBylineLine(line: string): Byline[] | null {
  // Most lines are body text: look for a role before copying the line.
  if (!mayBeByline(line)) return null
  const text = line.replace(BYLINE_MARKERS, '').trim()
  if (text.length === 0 || text.length > 40 || !mayBeByline(text)) return null
  // > | 本报记者  方  圆文   what the signers did (wrote, compiled, photographed) is not part of a name
  const signed = text.replace(SUFFIX, '').trimEnd()
  const marked = text.length !== line.trim().length
  const segments: Segment[] = []
  let pendingSingle: { segment: Segment; index: number } | null = null
  let offset = 0
  for (const token of signed.split(SEPARATOR)) {
    const start = text.indexOf(token, offset)
    offset = start + token.length
    if (token.length === 0) continue
    const role = ROLE_AT_START.exec(token)
    if (role !== null && (role[1] !== undefined || marked || segments.length > 0 || role[4] === '')) {
      const rest = role[4] ?? ''
      const segment: Segment = { start, agency: role[1] ?? null, role: role[3] ?? '', names: [] }
      if (rest !== '') {
        if (!NAME.test(rest)) return null
        segment.names.push(rest)
      }
      segments.push(segment)
      pendingSingle = null
      continue
    }
    const current = segments.at(-1)
    const name = token
    if (current === undefined || !NAME.test(name)) return null
    if (name.length === 1 && pendingSingle !== null && pendingSingle.segment === current) {
      current.names[pendingSingle.index] += name
      pendingSingle = null
      continue
    }
    current.names.push(name)
    pendingSingle = name.length === 1 ? { segment: current, index: current.names.length - 1 } : null
  }
  if (segments.length === 0) return null
  if (segments[0]!.start !== 0) return null
  const agencyOrMarker = marked || segments.some((s) => s.agency !== null)
  if (!agencyOrMarker && segments.every((s) => s.names.length === 0)) return null
  return segments.map((segment, i) => ({
    text: text.slice(segment.start, segments[i + 1]?.start ?? text.length).trim(),
    agency: segment.agency,
    role: segment.role,
    names: segment.names,
  }))
}
