// Public entry point of @broadsheet/parser: parsePage and the output contract.
import { parseText } from './parse-text.ts'
import type { ParsedPage, ParseOptions } from './types.ts'

export type * from './types.ts'
export {
  recognizeEntities,
  recognizeDocumentEntities,
  linkShortNames,
  DOCUMENT_THRESHOLD,
  NAME_SUPPORT,
  type RecognizeOptions,
} from './entities/recognize-entities.ts'
export { SPAN_THRESHOLD } from './ner/likely-spans.ts'
export { GENERIC_BODIES } from './lexicon/organizations.ts'
export {
  canonicalId,
  canonicalName,
  describeEntity,
  districtsCalled,
  knownPlace,
  type EntityDescription,
} from './entities/canonicalize.ts'
export {
  parsePkuLine,
  readPkuCorpus,
  readPkuPage,
  splitNameLists,
  type PkuArticle,
  type PkuPage,
  type PkuEntity,
  type PkuParagraph,
  type PkuToken,
} from './formats/pku.ts'

/**
 * Parse the text of one newspaper page (layout text from a PDF) or one e-edition article file into items:
 * articles, commentaries, photos and briefs, with their titles, bylines, datelines, sections and paragraphs.
 * The format is detected unless `options.format` forces it. Never throws; oddities are reported in `warnings`.
 *
 * @example
 * const page = parsePage(text, { date: '2020-03-13' })
 * page.items.map((item) => item.title) // ['抗疫情抓生产 筑堡垒当先锋', '众志所趋 心手相牵', …]
 */
export function parsePage(text: string, options: ParseOptions = {}): ParsedPage {
  return parseText(text, options)
}
