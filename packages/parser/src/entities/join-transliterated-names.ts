// Find transliterated foreign names whose parts are joined by `·` or `-` (`玛丽亚·范凯尔克霍弗`, `穆罕默德-班迪`), or by
// nothing, where the tagger cut one in two (`格奥尔基耶娃`).
import type { TypedSpan } from '../ner/tags.ts'
import { TRANSLITERATION_CHARS } from '../lexicon/transliteration-chars.ts'
import { spanCoverage } from './span-coverage.ts'
import { PERSON_TITLES } from '../lexicon/person-titles.ts'

const DOTS = new Set([...'·•‧・∙'])
const HYPHENS = new Set([...'-－‐'])
const MAX_PART = 10
const JOINER = /[·•‧・∙\-－‐]/
// Titles printed before a foreign name, whose characters may also spell one (`苏丹`, `代办`).
const TITLES = [...PERSON_TITLES, ...'苏丹 代办 活佛 国王 亲王 王子 公主 女王 总督 议员 外长 将军'.split(' ')]

/**
 * PERSON spans for names joined by a middle dot or hyphen. A part is a run of transliteration characters; a
 * PERSON the tagger found next to or across the joiner stretches the name to its edge, and a place or
 * organization the tagger found bounds it. A title before the name is left out of it (`文莱苏丹哈桑纳尔·博尔基亚`
 * → `哈桑纳尔·博尔基亚`). Hyphens join only parts of two or more characters (`中-美` is not a name).
 *
 * @example findTransliteratedNames('负责人玛丽亚·范凯尔克霍弗说', [])
 * // [{ type: 'PERSON', start: 3, end: 13 }]
 */
export function findTransliteratedNames(text: string, spans: readonly TypedSpan[]): TypedSpan[] {
  // Most texts have no joiner at all: one scan answers them.
  if (!JOINER.test(text)) return []
  const found: TypedSpan[] = []
  const cover = spanCoverage(text.length, spans)
  for (let j = 1; j < text.length - 1; j++) {
    const mark = text[j] as string
    const dot = DOTS.has(mark)
    if (!dot && !HYPHENS.has(mark)) continue
    // The tagger's own PERSON across the joiner is kept whole: it knows names whose characters the list lacks
    // (`外长于贝尔·韦德里纳`: no `于` in the list, so the run alone would stop at `贝尔`). The run may still
    // reach further (`格雷厄姆·弗赖`, where the tagger found `雷厄姆·弗赖`).
    const across = spans[cover[j] ?? -1]
    const crossed = across?.type === 'PERSON' && across.start < j && across.end > j + 1
    let start = j
    while (start > 0 && j - start < MAX_PART && TRANSLITERATION_CHARS.has(text[start - 1] as string)) start--
    let end = j + 1
    while (end < text.length && end - j - 1 < MAX_PART && TRANSLITERATION_CHARS.has(text[end] as string))
      end++
    if (crossed) {
      start = Math.min(start, across.start)
      end = Math.max(end, across.end)
    }
    start = afterTitle(text, start, j)
    const before = spans[cover[j - 1] ?? -1]
    if (before?.type === 'PERSON' && before.end === j && before.start < start) start = before.start
    const after = spans[cover[j + 1] ?? -1]
    if (after?.type === 'PERSON' && after.start === j + 1 && after.end > end) end = after.end
    for (let p = start; p < j; p++) {
      const s = spans[cover[p] ?? -1]
      if (s && s.type !== 'PERSON' && s.end <= j) start = Math.max(start, s.end)
    }
    for (let p = end - 1; p > j; p--) {
      const s = spans[cover[p] ?? -1]
      if (s && s.type !== 'PERSON' && s.start > j) end = Math.min(end, s.start)
    }
    const left = j - start
    const right = end - j - 1
    if (left < 1 || right < 1 || left + right < 3) continue
    if (!dot && (left < 2 || right < 2)) continue
    const last = found.at(-1)
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else found.push({ type: 'PERSON', start, end })
  }
  return found
}

/**
 * `spans` with each run of touching PERSON spans made only of transliteration characters joined into one: the
 * tagger cuts a long foreign name printed without a joiner where a shorter name it knows ends (`格奥尔` `基耶娃`,
 * People's Daily 2020-01-16). Chinese names next to each other (`江泽民李鹏`) have characters outside the list.
 *
 * @example joinTouchingTransliterations('总裁格奥尔基耶娃', [{ type: 'PERSON', start: 2, end: 5 }, { type: 'PERSON', start: 5, end: 8 }])
 * // [{ type: 'PERSON', start: 2, end: 8 }]
 */
export function joinTouchingTransliterations(text: string, spans: readonly TypedSpan[]): TypedSpan[] {
  const foreign = (s: TypedSpan) => {
    if (s.type !== 'PERSON') return false
    for (let i = s.start; i < s.end; i++) if (!TRANSLITERATION_CHARS.has(text[i] as string)) return false
    return true
  }
  const out: TypedSpan[] = []
  for (const span of spans) {
    const last = out.at(-1)
    if (last && last.end === span.start && foreign(last) && foreign(span))
      out[out.length - 1] = { ...last, end: span.end }
    else out.push(span)
  }
  return out
}

// The first character of the name's first part after any title that ends inside it. A title may begin up to two
// characters before `start`, where the tagger's span began mid-title (`活佛嘉木样·…` tagged `佛嘉木样·…`).
function afterTitle(text: string, start: number, joiner: number): number {
  let cut = start
  for (let p = Math.max(0, start - 2); p < joiner; p++) {
    for (const title of TITLES) {
      const end = p + title.length
      if (end > cut && end < joiner && text.startsWith(title, p)) cut = end
    }
  }
  return cut
}
