// Parse a page or e-edition file with a given layout model: parsePage with the committed one, and the training and
// evaluation scripts with a model under test.
import { detectFormat } from './formats/detect-format.ts'
import { readEEdition } from './formats/eedition.ts'
import { readPage } from './formats/page.ts'
import type { LayoutModel } from './layout/layout-model.ts'
import { attachEntities } from './stages/attach-entities.ts'
import { normalize } from './stages/normalize.ts'
import { splitLines } from './stages/split-lines.ts'
import type { ParsedPage, ParseOptions } from './types.ts'

/**
 * What parsePage returns, with `model` (the committed layout model when left out) reading page layout text.
 *
 * @example parseText(text, { date: '2020-03-13', entities: false }, candidate).items.length
 */
export function parseText(text: string, options: ParseOptions = {}, model?: LayoutModel): ParsedPage {
  const warnings: string[] = []
  const meta = {
    date: options.date ?? null,
    page: options.page ?? null,
    publication: options.publication ?? null,
  }
  const lines = splitLines(normalize(text))
  const format = options.format ?? detectFormat(lines)
  const { items, furniture } =
    format === 'eedition'
      ? { items: readEEdition(lines, meta, warnings), furniture: [] }
      : readPage(lines, meta, warnings, model)
  return {
    ...meta,
    format,
    items: options.entities === false ? items : attachEntities(items),
    furniture,
    warnings,
  }
}
