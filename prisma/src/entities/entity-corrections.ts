// Read the hand corrections of entities an editor keeps in a committed file: merges, splits, types and deletions.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { packageDir } from '../paths.ts'

/** What an editor decided about one entity, or about one surface form of it. */
export interface Correction {
  /** The entity key the correction applies to: `TYPE:name`. */
  key: string
  /** The surface form it applies to (a split), or '' for every mention of the key. */
  text: string
  /** The key the mentions go to, or null when they are no mention at all. */
  into: string | null
  /** Why, in the editor's words. */
  why: string
}

/** The committed corrections file the seed applies. */
export const CORRECTIONS_FILE = path.join(packageDir, 'corrections', 'entities.json')

const KEY = /^(PERSON|LOCATION|ORGANIZATION):\S.*$/u
const TYPES = ['PERSON', 'LOCATION', 'ORGANIZATION']

/**
 * The corrections in `file` (default the committed one): `merge` (`key` → `into`), `split` (the mentions of `key`
 * printed as `text` → `into`, or dropped when `into` is null), `type` (`key` → the same name under `type`) and
 * `delete` (`key`). Every entry needs a `why`. A file that breaks this shape throws, naming the file, the entry and
 * the problem.
 *
 * @example await readCorrections() // [{ key: 'PERSON:李某', text: '', into: null, why: '…' }, …]
 */
export async function readCorrections(file: string = CORRECTIONS_FILE): Promise<Correction[]> {
  let data: unknown
  try {
    data = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`)
  }
  return parseCorrections(data, file)
}

/** The corrections in a parsed corrections file, checked entry by entry. */
export function parseCorrections(data: unknown, file = 'corrections'): Correction[] {
  const fail = (where: string, problem: string): never => {
    throw new Error(`${file}: ${where}: ${problem}`)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    fail('the file', 'is not a JSON object')
  const record = data as Record<string, unknown>
  for (const field of Object.keys(record)) {
    if (!['$comment', 'merge', 'split', 'type', 'delete'].includes(field))
      fail(field, 'is not one of merge, split, type, delete')
  }
  const list = (field: string): Record<string, unknown>[] => {
    const value = record[field] ?? []
    if (!Array.isArray(value)) return fail(field, 'is not a list')
    return value.map((entry, i) =>
      entry !== null && typeof entry === 'object'
        ? (entry as Record<string, unknown>)
        : fail(`${field}[${i}]`, 'is not an object'),
    )
  }
  const key = (entry: Record<string, unknown>, field: string, where: string): string => {
    const value = entry[field]
    if (typeof value !== 'string' || !KEY.test(value))
      return fail(where, `${field} ${JSON.stringify(value)} is not an entity key TYPE:name`)
    return value
  }
  const why = (entry: Record<string, unknown>, where: string): string =>
    typeof entry.why === 'string' && entry.why.trim() !== '' ? entry.why : fail(where, 'says no why')
  const corrections: Correction[] = []
  list('merge').forEach((e, i) => {
    const where = `merge[${i}]`
    corrections.push({ key: key(e, 'key', where), text: '', into: key(e, 'into', where), why: why(e, where) })
  })
  list('split').forEach((e, i) => {
    const where = `split[${i}]`
    if (typeof e.text !== 'string' || e.text === '') fail(where, 'text is not a surface form')
    const into = e.into === null ? null : key(e, 'into', where)
    corrections.push({ key: key(e, 'key', where), text: e.text as string, into, why: why(e, where) })
  })
  list('type').forEach((e, i) => {
    const where = `type[${i}]`
    const from = key(e, 'key', where)
    if (typeof e.type !== 'string' || !TYPES.includes(e.type))
      fail(where, `type ${JSON.stringify(e.type)} is not PERSON, LOCATION or ORGANIZATION`)
    corrections.push({
      key: from,
      text: '',
      into: `${e.type as string}:${from.slice(from.indexOf(':') + 1)}`,
      why: why(e, where),
    })
  })
  list('delete').forEach((e, i) => {
    const where = `delete[${i}]`
    corrections.push({ key: key(e, 'key', where), text: '', into: null, why: why(e, where) })
  })
  return corrections
}
