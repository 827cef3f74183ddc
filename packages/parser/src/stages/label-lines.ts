// Stage 5: give every line its role on the page with the layout model (src/layout/), reading each line's measures
// and its neighbours'.
import { bestTags, emissions } from '../layout/decode-tags.ts'
import { defaultLayoutModel } from '../layout/default-model.ts'
import { lineFeatures } from '../layout/line-features.ts'
import type { LayoutModel } from '../layout/layout-model.ts'
import { LINE_TAGS, roleOfTag, type LineRole, type LineTag, type RoledLine } from '../layout/line-tags.ts'
import type { MeasuredLine } from './measure-lines.ts'

/** A non-blank line with the tag the model gave it and the role that tag means to item assembly. */
export interface LabelledLine extends RoledLine {
  tag: LineTag
  role: LineRole
}

/** For the non-blank lines of `lines`, how many blank lines stand before each, and after the last. */
export function blanksBefore(lines: readonly MeasuredLine[]): {
  text: MeasuredLine[]
  blankBefore: Int32Array
} {
  const text = lines.filter((l) => !l.blank)
  const blankBefore = new Int32Array(text.length + 1)
  let blanks = 0
  let k = 0
  for (const line of lines) {
    if (line.blank) blanks++
    else {
      blankBefore[k++] = blanks
      blanks = 0
    }
  }
  blankBefore[k] = blanks
  return { text, blankBefore }
}

/**
 * The non-blank lines of the page, each with its tag and role: the best sequence of tags under the model.
 *
 * @example labelLines(measureLines(splitCompoundLines(splitLines(text)))).map((l) => l.role)
 */
export function labelLines(
  lines: readonly MeasuredLine[],
  model: LayoutModel = defaultLayoutModel(),
): LabelledLine[] {
  const { text, blankBefore } = blanksBefore(lines)
  const features = lineFeatures(text, blankBefore, model.pairs)
  const tags = bestTags(emissions(features, model), blankBefore, model, text.length, features.commaEnds)
  return text.map((line, k) => {
    const tag = LINE_TAGS[tags[k]!]!
    return { no: line.no, text: line.text, tag, role: roleOfTag(tag), glued: line.part === 'glued' }
  })
}
