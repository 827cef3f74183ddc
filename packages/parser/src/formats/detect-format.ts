// Tell an e-edition article file from page layout text by how its body lines begin.
import type { SourceLine } from '../stages/split-lines.ts'
import type { SourceFormat } from '../types.ts'

/**
 * `eedition` when most non-blank lines after the three header lines open with an ideographic space (U+3000 twice), as
 * e-edition paragraphs do; `page` otherwise. Page text never has them: extraction drops indentation.
 *
 * @example detectFormat(splitLines('\n标题\n\n\u3000\u3000正文。')) // 'eedition'
 */
export function detectFormat(lines: readonly SourceLine[]): SourceFormat {
  let body = 0
  let indented = 0
  for (const line of lines.slice(3)) {
    if (line.blank) continue
    body++
    if (line.indented) indented++
  }
  // > | (empty kicker)
  // > | 统筹推进疫情防控和经济社会发展工作
  //     ^ an e-edition file with no body: its only text sits in the three header lines
  if (body === 0) return lines.some((l, i) => i < 3 && !l.blank) ? 'eedition' : 'page'
  return indented * 2 >= body ? 'eedition' : 'page'
}
