// Read the names a byline signs with: lists, two-character names padded to three (`付 文`), names run together.
import { COMPOUND_SURNAMES, surnameStrength } from '../lexicon/surnames.ts'

/** What the signers did, printed after their names: not part of a name. Longest first. */
const DEEDS = [
  '参与采写',
  '采访整理',
  '摄影报道',
  '综合报道',
  '文/图',
  '文／图',
  '图/文',
  '图／文',
  '整理',
  '采写',
  '报道',
  '撰文',
  '执笔',
  '摄影',
  '摄',
  '文',
  '图',
  '绘',
  '画',
]

const DEED_ENDINGS = new Set([...'文图摄绘画'])
const SEPARATORS = /[\s、，,；;]+/u
const NAME = /^\p{Script=Han}{1,4}(?:[·•]\p{Script=Han}{1,8})*$/u
const HAN_RUN = /^\p{Script=Han}+$/u

/** How sure a reading must be that a string is a name. */
export interface NameOptions {
  /**
   * True when a role stands before the names (`记者 付 文`): any two to four characters are a name. False for names
   * standing alone (`（祝谦）`): each must start with a common surname and run two or three characters (four after a
   * two-character surname), or be a transliterated name with `·`.
   */
  anchored: boolean
}

/**
 * The names in `text`, or null when it does not read as names only. Two single characters in a row are one
 * two-character name padded to three (`付 文` is 付文, never 付 who wrote); what the signers did is dropped
 * (`方 圆文` is 方圆, who wrote); a run of five or more characters is split where surnames start (`李泓冰徐锦庚`).
 *
 * @example readNames('付 文', { anchored: true }) // ['付文']
 * @example readNames('方  圆文', { anchored: true }) // ['方圆']
 * @example readNames('邹伟、王思北', { anchored: true }) // ['邹伟', '王思北']
 */
export function readNames(text: string, options: NameOptions): string[] | null {
  const trimmed = text.trim().replace(/^[：:]+/u, '')
  const without = (deeds: string[]) =>
    deeds
      .filter((deed) => trimmed.endsWith(deed) && trimmed.length > deed.length)
      .map((deed) => trimmed.slice(0, -deed.length))
  // Without a deed of two characters or `摄` first (`王云娜整理`, `张武军摄`); then the text whole (`付 文`: 文 is
  // half the name; `李建文` is a name); then without a one-character deed that may end a name (`王岩文`).
  const long = DEEDS.filter((deed) => deed.length > 1 || deed === '摄')
  const short = DEEDS.filter((deed) => !long.includes(deed))
  for (const reading of [...without(long), trimmed, ...without(short)]) {
    const names = readList(reading, options)
    if (names !== null) return names
  }
  return null
}

function readList(text: string, options: NameOptions): string[] | null {
  const tokens = text.split(SEPARATORS).filter((t) => t.length > 0)
  if (tokens.length === 0) return null
  const names: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string
    if ([...token].length === 1) {
      // > | 本报记者  付  文
      //              ^  ^ one name padded to three: a character alone is never a name
      // > | 曹  一图  吕  岩文
      //        ^^   what each did may follow the padded name's second character
      const next = tokens[i + 1]
      if (next === undefined) return null
      if ([...next].length === 1) names.push(token + next)
      else if ([...next].length === 2 && DEED_ENDINGS.has(next.charAt(1))) names.push(token + next.charAt(0))
      else return null
      i++
      continue
    }
    const run = splitRun(token, options)
    if (run === null) return null
    names.push(...run)
  }
  return names.every((name) => isName(name, options)) ? names : null
}

// A token holds one name, or several run together (`李泓冰徐锦庚`): split where surnames start, three characters
// a name before two.
function splitRun(token: string, options: NameOptions): string[] | null {
  if (!NAME.test(token) && !HAN_RUN.test(token)) return null
  if (token.includes('·') || token.includes('•') || token.length <= 4) return [token]
  const parts = (from: number): string[] | null => {
    if (from === token.length) return []
    for (const size of [3, 2]) {
      const name = token.slice(from, from + size)
      if (name.length !== size || surnameStrength(name.charAt(0)) < 2) continue
      const rest = parts(from + size)
      if (rest !== null) return [name, ...rest]
    }
    return null
  }
  const split = parts(0)
  return split !== null && split.every((name) => isName(name, options)) ? split : null
}

function isName(name: string, options: NameOptions): boolean {
  if (!NAME.test(name)) return false
  if (name.includes('·') || name.includes('•')) return true
  const length = [...name].length
  if (options.anchored) return length >= 2 && length <= 4
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return length >= 3 && length <= 4
  return (length === 2 || length === 3) && surnameStrength(name.charAt(0)) >= 2
}
