// An article's citable id, made from its source: publication, issue date, page and position on the page.
import { createHash } from 'node:crypto'

/**
 * Short codes of the publications the archive knows, the initials of their pinyin as libraries catalogue them.
 * Any other publication gets `p` and eight hex digits of its name's SHA-256, the same on every install.
 */
const PUBLICATION_CODES: Readonly<Record<string, string>> = {
  人民日报: 'rmrb',
  人民日报海外版: 'rmrbhwb',
  光明日报: 'gmrb',
  经济日报: 'jjrb',
  解放军报: 'jfjb',
  中国青年报: 'zgqnb',
  未知: 'unknown',
}

/** What a public id looks like: `rmrb-20200101-01-03`, with `-2` for a file's second item and `-x…` on a clash. */
export const PUBLIC_ID = /^[a-z][a-z0-9]*-\d{8}-\d{2,}-\d{2,}(?:-\d+)?(?:-x[0-9a-f]{6})?$/

/**
 * The code a publication's ids start with.
 *
 * @example publicationCode('人民日报') // 'rmrb'
 */
export function publicationCode(publication: string): string {
  return (
    PUBLICATION_CODES[publication] ?? `p${createHash('sha256').update(publication).digest('hex').slice(0, 8)}`
  )
}

/** Where a printed item sits: what its public id is made of. */
export interface PrintedAt {
  publication: string
  /** The issue date, `YYYY-MM-DD`. */
  date: string
  /** The page number (版次), 0 when unknown. */
  page: number
  /** Position on the page from 1: an e-edition file's `SS`, the PKU corpus's article number, reading order. */
  position: number
  /** The item's place among several that one numbered source gave (from 1); 1 or absent for the only one. */
  part?: number
}

/**
 * The public id of an item printed at `at`: `rmrb-20200101-01-03` is 人民日报 of 2020-01-01, page 1, item 3, the
 * e-edition's own `20200101-01-03.txt`. A second item read from one numbered source gets `-2`.
 *
 * @example publicId({ publication: '人民日报', date: '2020-01-01', page: 1, position: 3 }) // 'rmrb-20200101-01-03'
 */
export function publicId(at: PrintedAt): string {
  const two = (n: number) => String(n).padStart(2, '0')
  const part = at.part !== undefined && at.part > 1 ? `-${at.part}` : ''
  return `${publicationCode(at.publication)}-${at.date.replaceAll('-', '')}-${two(at.page)}-${two(at.position)}${part}`
}

/**
 * The id an item takes when its own is already another source's (a page read both as layout text and as an
 * e-edition file): the same id with six hex digits of its source's name and line after it, stable across runs.
 */
export function disambiguatedId(id: string, sourceFile: string, firstLine: number): string {
  const hash = createHash('sha256').update(`${sourceFile}:${firstLine}`).digest('hex').slice(0, 6)
  return `${id}-x${hash}`
}

/** True when `id` reads as a public id (and so not as a base64 Relay id, which never holds `-`). */
export function isPublicId(id: string): boolean {
  return PUBLIC_ID.test(id)
}
