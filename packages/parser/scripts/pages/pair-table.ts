// Count how often two characters stand side by side in running text, for the layout model's junction features:
// the table goes into the model file.
import { PAIR_BUCKETS, pairBucket } from '../../src/layout/line-features.ts'
import type { SourcePage } from './source-articles.ts'

/** A count as a strength from 1 (seen once or twice) to 5 (hundreds of times); 0 for never. */
function strength(count: number): number {
  return count === 0 ? 0 : count < 3 ? 1 : count < 10 ? 2 : count < 50 ? 3 : count < 300 ? 4 : 5
}

/**
 * The pair table of the paragraphs of `pages`: for each bucket of a pair of CJK characters, how often such pairs
 * stand side by side.
 *
 * @example pairTable(readMonth(dir))[pairBucket(0x5c0f, 0x6c64)] // 小汤
 */
export function pairTable(pages: readonly SourcePage[]): Uint8Array {
  const counts = new Uint32Array(PAIR_BUCKETS)
  for (const page of pages)
    for (const article of page.articles)
      for (const part of article.body) {
        if (part.kind !== 'paragraph') continue
        const text = part.text
        for (let i = 1; i < text.length; i++) {
          const a = text.charCodeAt(i - 1)
          const b = text.charCodeAt(i)
          if (a >= 0x3400 && a < 0xa000 && b >= 0x3400 && b < 0xa000) counts[pairBucket(a, b)]!++
        }
      }
  return Uint8Array.from(counts, strength)
}
