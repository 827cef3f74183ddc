// Find reporters' names in credits and bylines: `（记者邹伟、王思北）`, `新华社记者 韩墨 赵嫣 刘石磊`, `记者肖艺九摄`.
import type { TypedSpan } from '../ner/tags.ts'

// A credit's role follows an agency or paper (`新华社记者`, `本报记者`), an opening bracket (`（记者…`) or a
// space; `会见记者时说` is no credit. `记者会`, `记者站`, `记者节` are things, not a credit that names someone.
const ROLE =
  /(?<=^|[\s（(□■、，：:]|社|报|台|网|站|约|席|派)(?:记者|通讯员|实习生)(?![会站节证们团协队部处])/g
// Words that follow a role in running text and start with a surname: `记者采访时`, `记者了解到`.
const NOT_A_NAME =
  /^(?:采访|时|从|了解|获悉|看到|注意|发现|来到|走访|调查|问|说|在|对|向|与|和|跟|等|招待|会|见|一行|同|随)/
const HAN = /\p{Script=Han}/u
const SEPARATORS = new Set([...'、，, \u3000'])
// What may close a name in a credit: `摄` (photo by), `报道` (reporting), `电` (cabled).
const ENDINGS = ['报道', '摄影', '摄', '电', '发']

/** Single-character surnames known to be common enough (strength ≥ 1), indexed by UTF-16 code unit. */
export type SurnameTable = Uint8Array

function isHan(c: string | undefined): boolean {
  return c !== undefined && HAN.test(c)
}

/**
 * PERSON spans for the names that follow a reporter's role. A name is two to four Han characters starting
 * with a known surname and not a common word (`isWord`), ended by a separator, a closing bracket, the end of
 * the text, or a credit word (`摄`).
 *
 * @example findBylineNames('（记者邹伟、王思北）', surnames)
 * // [{ type: 'PERSON', start: 3, end: 5 }, { type: 'PERSON', start: 6, end: 9 }]
 */
export function findBylineNames(
  text: string,
  surnames: SurnameTable,
  isWord: (text: string) => boolean = () => false,
): TypedSpan[] {
  const found: TypedSpan[] = []
  for (const m of text.matchAll(ROLE)) {
    let i = (m.index ?? 0) + m[0].length
    while (i < text.length && (text[i] === ' ' || text[i] === '\u3000')) i++
    for (;;) {
      let end = i
      while (end < text.length && end - i < 7 && isHan(text[end])) end++
      if (end - i > 6 || end === i) break
      let nameEnd = end
      let closed = false
      for (const ending of ENDINGS) {
        if (end - i - ending.length >= 2 && text.startsWith(ending, end - ending.length)) {
          nameEnd = end - ending.length
          closed = true
          break
        }
      }
      const length = nameEnd - i
      if (length < 2 || length > 4 || !surnames[text.charCodeAt(i)]) break
      const name = text.slice(i, nameEnd)
      if (NOT_A_NAME.test(name) || isWord(name)) break
      found.push({ type: 'PERSON', start: i, end: nameEnd })
      if (closed) break
      let next = end
      while (next < text.length && SEPARATORS.has(text[next] as string)) next++
      if (next === end || !isHan(text[next])) break
      i = next
    }
  }
  return found
}
