// Reader for page layout text (what PDF extraction gives for a newspaper page): the stage pipeline in one place.
import { assembleItems } from '../stages/assemble-items.ts'
import { classifyLines } from '../stages/classify-lines.ts'
import { groupBlocks } from '../stages/group-blocks.ts'
import { reflowParagraphs } from '../stages/reflow-paragraphs.ts'
import type { SourceLine } from '../stages/split-lines.ts'
import type { Item, PageMeta } from '../types.ts'

/**
 * Items from the lines of a page: classify each line, group lines into blocks, reflow body text into paragraphs,
 * assemble items.
 *
 * @example readPage(splitLines(normalize(text)), { date: '2020-03-13' }, warnings)
 */
export function readPage(lines: readonly SourceLine[], meta: PageMeta, warnings: string[]): Item[] {
  return assembleItems(reflowParagraphs(groupBlocks(classifyLines(lines))), meta, warnings)
}
