// Turn a simulated page into what the layout model learns from: the features of its lines, the blank lines
// between them, and each line's gold tag, read by the parser's own stages so that training sees what parsing sees.
import { TITLE_PART } from '../../src/layout/decode-tags.ts'
import { lineFeatures, type LineFeatures } from '../../src/layout/line-features.ts'
import { TAG_INDEX, type LineTag } from '../../src/layout/line-tags.ts'
import { blanksBefore } from '../../src/stages/label-lines.ts'
import { measureLines } from '../../src/stages/measure-lines.ts'
import { normalize } from '../../src/stages/normalize.ts'
import { splitCompoundLines } from '../../src/stages/split-compound-lines.ts'
import { splitLines } from '../../src/stages/split-lines.ts'
import type { SimulatedPage } from './compose-page.ts'

/** One page, ready for training. */
export interface EncodedPage {
  features: LineFeatures
  blankBefore: Int32Array
  gold: Uint8Array
  /** Lines whose pinned tags did not hold the simulator's tag (their pins were dropped). */
  unpinned: number
}

/**
 * The page's lines as the parser reads them, with the simulator's tags. A line the simulator glued from two
 * headlines carries two tags, one per part; where the parser cuts a line the simulator did not, both parts take
 * its tag.
 */
export function encodePage(page: SimulatedPage, pairs: Uint8Array): EncodedPage {
  const measured = measureLines(splitCompoundLines(splitLines(normalize(page.text))))
  const { text, blankBefore } = blanksBefore(measured)
  const gold = new Uint8Array(text.length)
  text.forEach((line, k) => {
    const tags = (page.gold.line_tags[line.no - 1] ?? '').split('+').filter((t) => t !== '') as LineTag[]
    const tag = line.part === 'whole' || line.part === 'head' ? tags[0] : (tags[1] ?? tags[0])
    if (tag === undefined) throw new Error(`simulated page: line ${line.no} (“${line.text}”) has no tag`)
    gold[k] = TAG_INDEX[line.part === 'jump' && tags.length === 1 ? 'jump' : tag]
  })
  const features = lineFeatures(text, blankBefore, pairs)
  // A pin the simulator's tag breaks would make the page impossible to learn: drop it (and count it, in `unpinned`).
  let unpinned = 0
  for (let k = 0; k < text.length; k++) {
    const pin = features.pins[k]!
    if (pin !== 0 && !(pin & (1 << gold[k]!))) {
      features.pins[k] = 0
      unpinned++
    }
  }
  // A title line the simulator ends on a comma (rare) would break the rule that titles never do: drop the rule there.
  const titlePart = (tag: number): boolean => TITLE_PART[tag] === 1
  for (let k = 0; k + 1 < text.length; k++)
    if (features.commaEnds[k] && titlePart(gold[k]!) && !titlePart(gold[k + 1]!)) features.commaEnds[k] = 0
  return { features, blankBefore, gold, unpinned }
}
