// The tag set of the sequence tagger (word positions inside and outside entities), and the conversion between tag sequences and entity spans.
import type { EntityType } from '../types.ts'

/** Entity types in tag order: tag `4k + position` belongs to `ENTITY_TYPES[k]`. */
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'LOCATION', 'ORGANIZATION']

/**
 * The fourth "type": a word outside every entity. The tagger segments the text into words while it finds
 * entities (joint segmentation and recognition), so an entity starts and ends where words do, as in the PKU
 * corpus: `[中央/n 人民/n 广播/vn 电台/n]nt` is four words in one ORGANIZATION, and no entity cuts `中央` in two.
 */
export const WORD = 3

/** Number of tags: B, I, E, S for each of the three entity types and for plain words. */
export const TAG_COUNT = 16 as const

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

/** A word of a segmented text, end exclusive. */
export interface WordSpan {
  start: number
  end: number
}

function tagOf(typeIndex: number, position: number): number {
  return typeIndex * 4 + position
}

/** The type index of a tag: 0–2 for an entity type, `WORD` outside entities. */
export function typeIndexOfTag(tag: number): number {
  return tag >> 2
}

/** 0 B, 1 I, 2 E, 3 S. */
export function positionOfTag(tag: number): number {
  return tag & 3
}

/**
 * Whether `next` may follow `previous` (-1 is the start of the text). BIES keeps spans well formed: inside an
 * entity or a word only I or E of the same type may follow, and after one closes only B or S.
 */
export function isAllowedTransition(previous: number, next: number): boolean {
  const open = previous >= 0 && (positionOfTag(previous) === B || positionOfTag(previous) === I)
  const continues = positionOfTag(next) === I || positionOfTag(next) === E
  if (!open) return !continues
  return continues && typeIndexOfTag(previous) === typeIndexOfTag(next)
}

/** For each tag, the tags that may come before it, ascending: what decoding and training iterate over. */
export const PREDECESSORS: readonly (readonly number[])[] = Array.from({ length: TAG_COUNT }, (_, next) =>
  Array.from({ length: TAG_COUNT }, (_, previous) => previous).filter((previous) =>
    isAllowedTransition(previous, next),
  ),
)

/** Whether a text may end after `tag`. */
export function mayEndWith(tag: number): boolean {
  return positionOfTag(tag) === E || positionOfTag(tag) === S
}

function fill(tags: Uint8Array, typeIndex: number, start: number, end: number): void {
  if (end - start === 1) {
    tags[start] = tagOf(typeIndex, S)
    return
  }
  tags[start] = tagOf(typeIndex, B)
  for (let i = start + 1; i < end - 1; i++) tags[i] = tagOf(typeIndex, I)
  tags[end - 1] = tagOf(typeIndex, E)
}

/**
 * Encode spans over `length` characters as tags (spans must not overlap). Characters outside the spans take
 * their place in `words` (the corpus's segmentation); without words each is a word of its own.
 *
 * @example spansToTags(3, [{ type: 'PERSON', start: 0, end: 2 }]) // Uint8Array [0, 2, 15]
 */
export function spansToTags(
  length: number,
  spans: readonly TypedSpan[],
  words: readonly WordSpan[] = [],
): Uint8Array {
  const tags = new Uint8Array(length).fill(tagOf(WORD, S))
  for (const word of words) fill(tags, WORD, word.start, word.end)
  for (const span of spans) fill(tags, ENTITY_TYPES.indexOf(span.type), span.start, span.end)
  return tags
}

/**
 * Decode a well-formed tag sequence into entity spans; words outside entities are dropped.
 *
 * @example tagsToSpans(Uint8Array.of(0, 2, 15)) // [{ type: 'PERSON', start: 0, end: 2 }]
 */
export function tagsToSpans(tags: ArrayLike<number>): TypedSpan[] {
  const spans: TypedSpan[] = []
  let start = -1
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? 0
    const position = positionOfTag(tag)
    const type = ENTITY_TYPES[typeIndexOfTag(tag)]
    if (!type) continue
    if (position === S) spans.push({ type, start: i, end: i + 1 })
    else if (position === B) start = i
    else if (position === E && start >= 0) {
      spans.push({ type, start, end: i + 1 })
      start = -1
    }
  }
  return spans
}
