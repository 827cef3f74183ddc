// Find PERSON, LOCATION and ORGANIZATION mentions in one text field: the trained tagger, then rules, then canonical names.
import { loadNerModel } from '../ner/load-model.ts'
import { tagEntities, type NerModel } from '../ner/ner-model.ts'
import type { TypedSpan } from '../ner/tags.ts'
import type { EntitySpan } from '../types.ts'
import { canonicalId } from './canonicalize.ts'
import { findKnownOrganizations } from './find-known-organizations.ts'
import { findNamesBeforeTitles } from './find-names-before-titles.ts'
import { findTransliteratedNames } from './join-transliterated-names.ts'
import { mergeNestedPlaces } from './merge-nested-places.ts'
import { overrideSpans } from './override-spans.ts'
import { findBylineNames } from './recognize-byline-names.ts'
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
  if (text.length === 0) return []
  const model = options.model ?? loadNerModel()
  const surnames = model.resources.surnames
  let spans = trimSpans(text, tagEntities(model, text))
  spans = overrideSpans(spans, findKnownOrganizations(text, spans))
  spans = overrideSpans(spans, findTransliteratedNames(text, spans))
  spans = overrideSpans(spans, findBylineNames(text, surnames))
  spans = overrideSpans(spans, findNamesBeforeTitles(text, spans, surnames))
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
  return findBylineNames(text, model.resources.surnames).map((span) => toEntitySpan(text, span))
}

function toEntitySpan(text: string, span: TypedSpan): EntitySpan {
  const mention = text.slice(span.start, span.end)
  return {
    text: mention,
    type: span.type,
    start: span.start,
    end: span.end,
    canonical: canonicalId(span.type, mention),
  }
}
