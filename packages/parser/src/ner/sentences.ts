// Where sentences end: the tagger learns from sentences (and clauses cut at `；`), so it also reads a text one at
// a time.

/**
 * The offsets that cut `text` into sentences, from 0 to `text.length`: after each `。`, `！`, `？` and `；` (no
 * PKU entity or word contains them, so a cut never splits a name).
 *
 * @example sentenceCuts('谭德塞说。伊朗！') // [0, 5, 8]
 */
export function sentenceCuts(text: string): number[] {
  const cuts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b) && i + 1 < text.length)
      cuts.push(i + 1)
  }
  cuts.push(text.length)
  return cuts
}
