// Reader for page layout text (what PDF extraction gives for a newspaper page): the stage pipeline in one place.
import type { LayoutModel } from '../layout/layout-model.ts'
import { assembleItems, type AssembledPage } from '../stages/assemble-items.ts'
import { labelLines } from '../stages/label-lines.ts'
import { measureLines } from '../stages/measure-lines.ts'
import { splitCompoundLines } from '../stages/split-compound-lines.ts'
import type { SourceLine } from '../stages/split-lines.ts'
import type { PageMeta } from '../types.ts'

/**
 * Items and furniture from the lines of a page: cut lines that extraction ran together, measure each line, give
 * each its role with the layout model, assemble items.
 *
 * @example readPage(splitLines(normalize(text)), { date: '2020-03-13' }, warnings).items
 */
export function readPage(
  lines: readonly SourceLine[],
  meta: PageMeta,
  warnings: string[],
  model?: LayoutModel,
): AssembledPage {
  return assembleItems(labelLines(measureLines(splitCompoundLines(lines)), model), meta, warnings)
}
