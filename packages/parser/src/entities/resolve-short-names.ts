// Link a person's short name (`老吴`, `小唐`, a bare `王`) to the one full name in the document that it can stand
// for: `老吴名叫吴祥忠` makes every `老吴` of that article PERSON:吴祥忠, not one PERSON:老吴 for every 老吴 in the archive.
import type { EntitySpan } from '../types.ts'

/** Address terms after a surname that make a short name too (`李阿姨`, `赵大爷`), never a full name. */
const ADDRESS_TERMS = new Set([
  '阿姨',
  '大爷',
  '大妈',
  '大娘',
  '大叔',
  '大哥',
  '大姐',
  '师傅',
  '奶奶',
  '爷爷',
])

/**
 * The surname a short name stands on: a surname alone, after `老` or `小`, or before an address term (`李阿姨`);
 * null for any other name. `isSurname` says whether a character is a surname.
 *
 * @example shortNameSurname('老吴', isSurname) // '吴'
 */
export function shortNameSurname(name: string, isSurname: (character: string) => boolean): string | null {
  const surname =
    name.length === 1
      ? name
      : name.length === 2 && /^[老小]/u.test(name)
        ? name.charAt(1)
        : ADDRESS_TERMS.has(name.slice(1))
          ? name.charAt(0)
          : null
  return surname !== null && isSurname(surname) ? surname : null
}

/**
 * The fields' mentions with each short PERSON name's canonical id taken from the one full name of two to four
 * characters in the document with its surname; a short name with none, or with several (`王` where `王毅` and
 * `王毅然` both appear), keeps its own.
 *
 * @example resolveShortNames([[老吴…], [吴祥忠…]], isSurname)[0][0].canonical // 'PERSON:吴祥忠'
 */
export function resolveShortNames(
  fields: readonly EntitySpan[][],
  isSurname: (character: string) => boolean,
): EntitySpan[][] {
  const fullNames = new Map<string, Set<string>>()
  for (const e of fields.flat()) {
    if (e.type !== 'PERSON' || e.text.length < 2 || e.text.length > 4) continue
    if (shortNameSurname(e.text, isSurname) !== null) continue
    const first = e.text.charAt(0)
    fullNames.set(first, (fullNames.get(first) ?? new Set()).add(e.canonical))
  }
  return fields.map((spans) =>
    spans.map((e) => {
      const surname = e.type === 'PERSON' ? shortNameSurname(e.text, isSurname) : null
      const candidates = surname === null ? undefined : fullNames.get(surname)
      if (!candidates || candidates.size !== 1) return e
      return { ...e, canonical: [...candidates][0] as string }
    }),
  )
}
