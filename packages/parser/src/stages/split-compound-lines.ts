// Stage 3: cut the lines that extraction ran together into their parts: two headlines set side by side, or a jump
// line run onto the end of a story's last line.
import { trailingJumpStart } from '../patterns/jump-line.ts'
import type { SourceLine } from './split-lines.ts'

/** A source line, or one part of one. Parts share the source line's number. */
export interface PageLine extends SourceLine {
  /**
   * `glued` for a headline that extraction ran onto the end of another, letter-spaced (`国 务 院 召 开` after
   * `全国春耕生产进展顺利`): it opens the title block of a story further down.
   */
  part: 'whole' | 'head' | 'glued' | 'jump'
}

// > | 全国春耕生产进展顺利 国 务 院 召 开
//                          ^ a second headline, letter-spaced: three or more single characters between spaces
const GLUED_HEADLINE = /^(.*\S\S)[ \u3000]+((?:[^\s0-9A-Za-z][ \u3000]){2,}[^\s0-9A-Za-z])$/u
const SENTENCE_MARK = /[。！？；，：]/u
const HAN = /\p{Script=Han}/gu

function gluedCut(text: string): number {
  if (text.length > 80 || !text.includes(' ')) return -1
  const m = GLUED_HEADLINE.exec(text)
  if (m === null) return -1
  const head = m[1]!
  const tail = m[2]!
  if (SENTENCE_MARK.test(head) || (tail.match(HAN)?.length ?? 0) < 3) return -1
  return text.length - tail.length
}

/**
 * The lines with compound lines cut in two: `全国春耕生产进展顺利 国 务 院 召 开` gives a `head` part and a `glued`
 * part; `…出口欧美市场。（下转第二版）` gives a `head` part and a `jump` part. Every character stays in one part.
 *
 * @example splitCompoundLines(splitLines('全国春耕生产进展顺利 国 务 院 召 开')).map((l) => l.part) // ['head', 'glued']
 */
export function splitCompoundLines(lines: readonly SourceLine[]): PageLine[] {
  const out: PageLine[] = []
  for (const { no, text, blank, indented } of lines) {
    if (!blank) {
      const jump = trailingJumpStart(text)
      const cut = jump > 0 ? jump : gluedCut(text)
      if (cut > 0) {
        out.push({ no, text: text.slice(0, cut).trimEnd(), blank, indented, part: 'head' })
        out.push({
          no,
          text: text.slice(cut).trimStart(),
          blank,
          indented,
          part: jump > 0 ? 'jump' : 'glued',
        })
        continue
      }
    }
    out.push({ no, text, blank, indented, part: 'whole' })
  }
  return out
}
