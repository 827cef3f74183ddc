// Find a person's name printed right before a title: `习近平总书记` → PERSON `习近平`.
import { PERSON_TITLES } from '../lexicon/person-titles.ts'
import type { TypedSpan } from '../ner/tags.ts'
import type { SurnameTable } from './recognize-byline-names.ts'
import { spanCoverage } from './span-coverage.ts'

const HAN = /\p{Script=Han}/u
// `任副局长`, `党委书记`: rank words and common words before a title are no name.
const RANK = /[副总正原前代]/

/**
 * PERSON spans for two- or three-character names right before a title, where the tagger found nothing.
 * The name must start with a common surname, be no common word (`isWord`), and stand at the start of a clause
 * (after punctuation or at the start of the text), so `党中央书记` and `党委书记` yield no name.
 *
 * @example findNamesBeforeTitles('近段时间以来，习近平总书记连续…', [], surnames)
 * // [{ type: 'PERSON', start: 7, end: 10 }]
 */
export function findNamesBeforeTitles(
  text: string,
  spans: readonly TypedSpan[],
  surnames: SurnameTable,
  isWord: (text: string) => boolean = () => false,
): TypedSpan[] {
  const found: TypedSpan[] = []
  const cover = spanCoverage(text.length, spans)
  const covered = (start: number, end: number) => cover.subarray(start, end).some((i) => i >= 0)
  for (const title of PERSON_TITLES) {
    for (let t = text.indexOf(title, 2); t !== -1; t = text.indexOf(title, t + 1)) {
      if (covered(t - 1, t)) continue
      for (const length of [3, 2]) {
        const start = t - length
        if (start < 0) continue
        const name = text.slice(start, t)
        if (![...name].every((c) => HAN.test(c))) continue
        if (HAN.test(text[start - 1] ?? '')) continue
        if ((surnames[text.charCodeAt(start)] ?? 0) < 2 || covered(start, t)) continue
        if (RANK.test(name) || isWord(name)) continue
        found.push({ type: 'PERSON', start, end: t })
        break
      }
    }
  }
  return found
}
