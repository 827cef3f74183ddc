// Find PERSON, LOCATION and ORGANIZATION mentions in one text field or in the fields of one document: the trained
// tagger, then rules, then canonical names.
import { chooseSpans, SPAN_THRESHOLD, type SpanProbabilities } from '../ner/likely-spans.ts'
import { loadNerModel } from '../ner/load-model.ts'
import {
  commonWordCodes,
  entityCandidates,
  isCommonWord,
  tagEntities,
  type NerModel,
} from '../ner/ner-model.ts'
import type { TypedSpan } from '../ner/tags.ts'
import type { EntitySpan, EntityType } from '../types.ts'
import { canonicalId } from './canonicalize.ts'
import { dropWeatherTerms } from './drop-weather-terms.ts'
import { findKnownCompanies, findKnownOrganizations } from './find-known-organizations.ts'
import { findNamesBeforeTitles } from './find-names-before-titles.ts'
import { findTransliteratedNames, joinTouchingTransliterations } from './join-transliterated-names.ts'
import { linkPlaceAbbreviations } from './link-place-abbreviations.ts'
import { mergeNestedPlaces } from './merge-nested-places.ts'
import { unsupportedNames } from './name-support.ts'
import { overrideSpans } from './override-spans.ts'
import { resolveShortNames } from './resolve-short-names.ts'
import { collectNames, propagateMentions, settleNames, type KnownNames } from './propagate-mentions.ts'
import { followPkuConvention } from './follow-pku-convention.ts'
import { findBylineNames } from './recognize-byline-names.ts'
import { trimInvitationVerbs } from './trim-invitation-verbs.ts'
import { trimNamePrefixes } from './trim-name-prefixes.ts'
import { trimPartyOrgans } from './trim-party-organs.ts'
import { trimSpans } from './trim-spans.ts'

/** Options of {@link recognizeEntities}. */
export interface RecognizeOptions {
  /** A model to use instead of the committed one (tests, experiments). */
  model?: NerModel
  /**
   * Merge a place and the place inside it into one mention (`四川泸州市`), default true. The PKU corpus
   * tags them apart (`四川/ns 泸州市/ns`); turn this off to follow the corpus.
   */
  mergeNestedPlaces?: boolean
  /** Tag the other occurrences of a name found once in the same text or document, default true. */
  propagate?: boolean
  /**
   * Which mentions count, default `'full'`: every place, organization and person named, abbreviated
   * (`中美` → `中`, `美`; `访华` → `华`; `欧盟`), inside a word (`邓小平理论` → `邓小平`) or before `政府`
   * (`美国政府` → `美国`). `'pku'` follows the PKU corpus, which tags none of those and makes `美国政府` one
   * ORGANIZATION.
   */
  convention?: 'full' | 'pku'
  /**
   * The probability the tagger must give a span for it to be a mention, above 0 and below 1; default
   * `SPAN_THRESHOLD` (0.4), and `DOCUMENT_THRESHOLD` (also 0.4) for a document. Higher finds fewer mentions and surer
   * ones.
   */
  threshold?: number
  /**
   * In a document: the mean probability the tagger must give a name it found, over all the name's occurrences,
   * for the name to stand and recur (from 0 to below 1, default `NAME_SUPPORT`). A name the tagger took in one
   * place and hardly anywhere else it occurs is dropped, not copied.
   */
  support?: number
}

/**
 * Entity mentions in `text`, in order, never overlapping, with offsets into `text` (JavaScript string
 * indices, end exclusive). The model file is read once, on first use.
 *
 * @example recognizeEntities('世界卫生组织总干事谭德塞')
 * // [{ text: '世界卫生组织', type: 'ORGANIZATION', start: 0, end: 6, canonical: 'ORGANIZATION:世界卫生组织' },
 * //  { text: '谭德塞', type: 'PERSON', start: 9, end: 12, canonical: 'PERSON:谭德塞' }]
 */
export function recognizeEntities(text: string, options: RecognizeOptions = {}): EntitySpan[] {
  const threshold = thresholdOf(options)
  if (text.length === 0) return []
  const model = options.model ?? loadNerModel()
  const spans = findSpans(text, model, threshold)
  const found = finish(text, spans, settleNames(collectNames(text, spans, new Map())), model, options)
  return linkAbbreviations([text], resolveShortNames([found], isSurnameOf(model)), options)[0] ?? []
}

/**
 * Entity mentions in each field of one document (an article's title and paragraphs), like
 * {@link recognizeEntities}, except that a name found in one field is also found where it recurs in the others:
 * `董事长褚时健` in one paragraph makes `经查，褚时健…` in the next a PERSON too. A name the tagger found must have
 * support across the document (`NAME_SUPPORT`) to stand and recur; spans need `DOCUMENT_THRESHOLD`, as a field does.
 *
 * @example recognizeDocumentEntities(['红塔集团原董事长褚时健被开除党籍', '经查，褚时健利用职权'])
 * // [[…, { text: '褚时健', … }], [{ text: '褚时健', type: 'PERSON', start: 3, end: 6, canonical: 'PERSON:褚时健' }]]
 */
export function recognizeDocumentEntities(
  fields: readonly string[],
  options: RecognizeOptions = {},
): EntitySpan[][] {
  const threshold = thresholdOf(options, DOCUMENT_THRESHOLD)
  const minimum = options.support ?? NAME_SUPPORT
  if (!(minimum >= 0 && minimum < 1)) {
    throw new RangeError(
      `recognizeDocumentEntities: support ${minimum} is not a probability from 0 to below 1`,
    )
  }
  const model = options.model ?? loadNerModel()
  const floor = Math.min(CANDIDATE_FLOOR, threshold)
  const candidates = fields.map((text) => entityCandidates(model, text, floor))
  const tagged = fields.map((text, i) => {
    const spans: TypedSpan[] = []
    chooseSpans(candidates[i] as SpanProbabilities, text.length, threshold, 0, spans)
    return spans
  })
  let found = fields.map((text, i) => applyRules(text, tagged[i] ?? [], model))
  const counts = new Map<string, Map<EntityType, number>>()
  fields.forEach((text, i) => collectNames(text, found[i] ?? [], counts))
  const names = new Map(settleNames(counts))
  const weak = unsupportedNames(fields, names, candidates, tagged, found, threshold, minimum)
  for (const name of weak) names.delete(name)
  found = found.map((spans, i) => spans.filter((s) => !weak.has((fields[i] as string).slice(s.start, s.end))))
  return linkAbbreviations(
    fields,
    resolveShortNames(
      fields.map((text, i) => finish(text, found[i] ?? [], names, model, options)),
      isSurnameOf(model),
    ),
    options,
  )
}

// One-character places stand only in compounds and for their full names, in the full convention; the PKU
// convention has already dropped them.
function linkAbbreviations(fields: readonly string[], spans: EntitySpan[][], options: RecognizeOptions) {
  return options.convention === 'pku' ? spans : linkPlaceAbbreviations(fields, spans)
}

/**
 * The fields' mentions (one document: an article's title and paragraphs) with each person's short name (`老吴`,
 * a bare `王`) given the canonical id of the one full name with its surname in the document, as the recognizer
 * does for its own mentions. For mentions from elsewhere, such as a corpus's gold spans.
 *
 * @example linkShortNames([[{ text: '老吴', …, canonical: 'PERSON:老吴' }], [{ text: '吴祥忠', … }]])
 */
export function linkShortNames(
  fields: readonly EntitySpan[][],
  options: Pick<RecognizeOptions, 'model'> = {},
): EntitySpan[][] {
  return resolveShortNames(fields, isSurnameOf(options.model ?? loadNerModel()))
}

function isSurnameOf(model: NerModel): (character: string) => boolean {
  const surnames = model.resources.surnames
  return (character) => (surnames[character.charCodeAt(0)] ?? 0) > 0
}

/**
 * The default threshold of {@link recognizeDocumentEntities}, the same as a field's. Before names had to earn
 * their recurrences (`NAME_SUPPORT`), document mode needed 0.45: the recurrences it copied were mentions the
 * tagger had not found itself.
 */
export const DOCUMENT_THRESHOLD = SPAN_THRESHOLD

/** The default `support` of {@link recognizeDocumentEntities}. */
export const NAME_SUPPORT = 0.2

// Spans less likely than this (or than the threshold, if lower) count as 0 where a name's support is measured.
const CANDIDATE_FLOOR = 0.02

function thresholdOf(options: RecognizeOptions, fallback = SPAN_THRESHOLD): number {
  const threshold = options.threshold ?? fallback
  if (!(threshold > 0 && threshold < 1)) {
    throw new RangeError(`recognizeEntities: threshold ${threshold} is not a probability above 0 and below 1`)
  }
  return threshold
}

// The tagger, then the rules where statistics are weak; each rule's spans replace the tagger's they overlap.
function findSpans(text: string, model: NerModel, threshold: number): TypedSpan[] {
  return applyRules(text, tagEntities(model, text, threshold), model)
}

function applyRules(text: string, tagged: TypedSpan[], model: NerModel): TypedSpan[] {
  const surnames = model.resources.surnames
  let spans = trimSpans(text, tagged)
  spans = dropWeatherTerms(
    text,
    trimInvitationVerbs(text, trimNamePrefixes(text, trimPartyOrgans(text, spans))),
  )
  spans = overrideSpans(spans, findKnownOrganizations(text, spans))
  spans = joinTouchingTransliterations(text, overrideSpans(spans, findTransliteratedNames(text, spans)))
  const isWord = (name: string) => isCommonWord(model, name)
  spans = overrideSpans(spans, findBylineNames(text, surnames, isWord))
  return overrideSpans(spans, findNamesBeforeTitles(text, spans, surnames, isWord))
}

function finish(
  text: string,
  found: TypedSpan[],
  names: KnownNames,
  model: NerModel,
  options: RecognizeOptions,
): EntitySpan[] {
  let spans = found
  // One reading of the text's common words serves the brands and the recurrences alike.
  const crosses = wordEdges(text, model)
  if (options.convention !== 'pku') {
    const companies = findKnownCompanies(text, found).filter((c) => !crosses(c.start, c.end))
    spans = overrideSpans(found, companies)
  }
  if (options.propagate !== false) {
    // A name recurs as a name only where it is no common word and no common word runs across its edges: `美国`
    // in `拉美国家`, `邓小平` in `邓小平理论` (one word in the corpus) stay unmarked.
    const blocked = (start: number, end: number) =>
      isCommonWord(model, text.slice(start, end)) || crosses(start, end)
    spans = propagateMentions(text, spans, names, blocked)
  }
  if (options.convention === 'pku') spans = followPkuConvention(text, spans)
  if (options.mergeNestedPlaces !== false) spans = mergeNestedPlaces(text, spans)
  return spans.map((span) => toEntitySpan(text, span))
}

/**
 * Reporters' names in a byline or credit (`新华社记者 韩墨 赵嫣 刘石磊`, `（记者邹伟、王思北）`) as PERSON
 * mentions, without running the tagger.
 *
 * @example recognizeBylineNames('新华社记者 韩墨 赵嫣').map((e) => e.text) // ['韩墨', '赵嫣']
 */
export function recognizeBylineNames(
  text: string,
  options: Pick<RecognizeOptions, 'model'> = {},
): EntitySpan[] {
  const model = options.model ?? loadNerModel()
  return findBylineNames(text, model.resources.surnames, (name) => isCommonWord(model, name)).map((span) =>
    toEntitySpan(text, span),
  )
}

// Whether a common word runs across the edges of `start`–`end`: `华为` in `升华为` (`升华`). The text's common
// words are read on the first question, and only then.
function wordEdges(text: string, model: NerModel): (start: number, end: number) => boolean {
  let codes: Uint8Array | null = null
  return (start, end) => {
    codes ??= commonWordCodes(model, text)
    const first = codes[start] ?? 0
    const last = codes[end - 1] ?? 0
    const longestFromStart = first & 1 ? ((first >> 3) & 7) + 1 : 0
    return (first & 6) !== 0 || (last & 3) !== 0 || longestFromStart > end - start
  }
}

function toEntitySpan(text: string, span: TypedSpan): EntitySpan {
  const mention = text.slice(span.start, span.end)
  return {
    text: mention,
    type: span.type,
    start: span.start,
    end: span.end,
    canonical: canonicalId(span.type, mention, text.charAt(span.start - 1)),
  }
}
