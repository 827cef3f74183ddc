// The BIOES tag set of the sequence tagger, and the conversion between tag sequences and entity spans.
import type { EntityType } from '../types.ts'

/** Entity types in tag order: tag `1 + 4k + position` belongs to `ENTITY_TYPES[k]`. */
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'LOCATION', 'ORGANIZATION']

/** Number of tags: O plus B, I, E, S for each of the three types. */
export const TAG_COUNT = 13 as const

/** Tag 0 is outside any entity. */
export const OUTSIDE = 0

const B = 0
const I = 1
const E = 2
const S = 3

/** A typed span over a character sequence, end exclusive. */
export interface TypedSpan {
  type: EntityType
  start: number
  end: number
}

function tagOf(typeIndex: number, position: number): number {
  return 1 + typeIndex * 4 + position
}

/** The type index (0–2) of a tag, or -1 for O. */
export function typeIndexOfTag(tag: number): number {
  return tag === OUTSIDE ? -1 : Math.floor((tag - 1) / 4)
}

/** 0 B, 1 I, 2 E, 3 S; -1 for O. */
export function positionOfTag(tag: number): number {
  return tag === OUTSIDE ? -1 : (tag - 1) % 4
}

/**
 * Whether `next` may follow `previous` (-1 is the start of the text). BIOES keeps spans well formed:
 * inside a span only I or E of the same type may follow.
 */
export function isAllowedTransition(previous: number, next: number): boolean {
  const open = previous >= 0 && (positionOfTag(previous) === B || positionOfTag(previous) === I)
  const continues = positionOfTag(next) === I || positionOfTag(next) === E
  if (!open) return !continues
  return continues && typeIndexOfTag(previous) === typeIndexOfTag(next)
}

/** Whether a text may end after `tag`. */
export function mayEndWith(tag: number): boolean {
  return tag === OUTSIDE || positionOfTag(tag) === E || positionOfTag(tag) === S
}

/**
 * Encode spans over `length` characters as BIOES tags (spans must not overlap).
 *
 * @example spansToTags(3, [{ type: 'PERSON', start: 0, end: 2 }]) // Uint8Array [1, 3, 0]
 */
export function spansToTags(length: number, spans: readonly TypedSpan[]): Uint8Array {
  const tags = new Uint8Array(length)
  for (const span of spans) {
    const k = ENTITY_TYPES.indexOf(span.type)
    if (span.end - span.start === 1) {
      tags[span.start] = tagOf(k, S)
      continue
    }
    tags[span.start] = tagOf(k, B)
    for (let i = span.start + 1; i < span.end - 1; i++) tags[i] = tagOf(k, I)
    tags[span.end - 1] = tagOf(k, E)
  }
  return tags
}

/**
 * Decode a well-formed BIOES tag sequence into spans.
 *
 * @example tagsToSpans(Uint8Array.of(1, 3, 0)) // [{ type: 'PERSON', start: 0, end: 2 }]
 */
export function tagsToSpans(tags: ArrayLike<number>): TypedSpan[] {
  const spans: TypedSpan[] = []
  let start = -1
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? OUTSIDE
    const position = positionOfTag(tag)
    const type = ENTITY_TYPES[typeIndexOfTag(tag)]
    if (position === S && type) spans.push({ type, start: i, end: i + 1 })
    else if (position === B) start = i
    else if (position === E && type && start >= 0) {
      spans.push({ type, start, end: i + 1 })
      start = -1
    }
  }
  return spans
}
