// Find what the seed loads under the given paths, grouped into pages: each page is one job and one transaction.
import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'

/** A file to load and the name it is known by in the archive (its path from `pages/` or `corpus/` on). */
export interface SeedFile {
  path: string
  name: string
}

/** One page's worth of input: the unit of parsing, of writing (one transaction) and of failure. */
export type SeedJob =
  | { kind: 'page'; file: SeedFile; bytes: number }
  /** A page PDF: each of its pages is a page of the archive. */
  | { kind: 'pdf'; file: SeedFile; bytes: number }
  /** The e-edition files of one page: `YYYYMMDD-PP-*.txt`. */
  | { kind: 'eedition'; date: string; page: number; files: SeedFile[]; bytes: number }
  /** One page of the PKU corpus: consecutive lines whose ids share a date and page. */
  | { kind: 'pku'; file: SeedFile; firstLine: number; text: string; bytes: number }

const EEDITION = /^(\d{4})(\d{2})(\d{2})-(\d{2})-(\d{2})\.txt$/
const PKU_LINE = /^(\d{8})-(\d{2})-\d{3}-\d{3}\/m\s/

/** The archive name of a file: its path from the last `pages/` or `corpus/` directory, else its base name. */
export function archiveName(file: string): string {
  const parts = path.resolve(file).split(path.sep)
  const at = Math.max(parts.lastIndexOf('pages'), parts.lastIndexOf('corpus'))
  return at >= 0 ? parts.slice(at).join('/') : (parts.at(-1) ?? file)
}

/** The date and page an e-edition file name gives (`20200101-01-03.txt`), or null. */
export function eeditionName(file: string): { date: string; page: number; position: number } | null {
  const m = EEDITION.exec(path.basename(file))
  if (!m) return null
  return { date: `${m[1]}-${m[2]}-${m[3]}`, page: Number(m[4]), position: Number(m[5]) }
}

/** Every `.txt` and `.pdf` file under `paths` (files or directories), sorted, skipping `.meta.json` and other companions. */
export async function listFiles(paths: string[]): Promise<string[]> {
  const files: string[] = []
  const walk = async (p: string): Promise<void> => {
    const info = await stat(p)
    if (info.isFile()) {
      files.push(p)
      return
    }
    for (const entry of (await readdir(p, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const child = path.join(p, entry.name)
      if (entry.isDirectory()) await walk(child)
      else if (entry.name.endsWith('.txt') || /\.pdf$/i.test(entry.name)) files.push(child)
    }
  }
  for (const p of paths) await walk(p)
  return files
}

/** Whether a file is the PKU tagged corpus: its first non-blank line starts with a PKU paragraph id. */
export async function isPkuFile(file: string): Promise<boolean> {
  if (file.split(path.sep).includes('pku1998')) return true
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8', end: 4096 }),
    crlfDelay: Infinity,
  })
  try {
    for await (const line of lines) if (line.trim()) return PKU_LINE.test(line)
    return false
  } finally {
    lines.close()
  }
}

/**
 * The jobs for `files`, in order: each layout page alone, e-edition files grouped by date and page, and the PKU
 * corpus streamed page by page, so that memory holds one page of it at a time.
 */
export async function* seedJobs(files: string[]): AsyncGenerator<SeedJob> {
  let group: Extract<SeedJob, { kind: 'eedition' }> | null = null
  for (const file of files) {
    const seedFile = { path: file, name: archiveName(file) }
    const edition = eeditionName(file)
    if (edition) {
      const bytes = (await stat(file)).size
      if (group && group.date === edition.date && group.page === edition.page) {
        group.files.push(seedFile)
        group.bytes += bytes
        continue
      }
      if (group) yield group
      group = { kind: 'eedition', date: edition.date, page: edition.page, files: [seedFile], bytes }
      continue
    }
    if (group) yield group
    group = null
    if (/\.pdf$/i.test(file)) yield { kind: 'pdf', file: seedFile, bytes: (await stat(file)).size }
    else if (await isPkuFile(file)) yield* pkuPages(seedFile)
    else yield { kind: 'page', file: seedFile, bytes: (await stat(file)).size }
  }
  if (group) yield group
}

async function* pkuPages(file: SeedFile): AsyncGenerator<SeedJob> {
  const lines = createInterface({
    input: createReadStream(file.path, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  })
  let chunk: string[] = []
  let key = ''
  let firstLine = 1
  let lineNumber = 0
  let bytes = 0
  for await (const line of lines) {
    lineNumber++
    const id = PKU_LINE.exec(line)
    const lineKey = id ? `${id[1]}-${id[2]}` : key
    if (lineKey !== key && chunk.length > 0) {
      yield { kind: 'pku', file, firstLine, text: chunk.join('\n'), bytes }
      chunk = []
      bytes = 0
    }
    if (chunk.length === 0) firstLine = lineNumber
    key = lineKey
    chunk.push(line)
    bytes += Buffer.byteLength(line) + 1
  }
  if (chunk.length > 0) yield { kind: 'pku', file, firstLine, text: chunk.join('\n'), bytes }
}

/** The total size of `files` in bytes, for progress and ETA. */
export async function totalBytes(files: string[]): Promise<number> {
  let total = 0
  for (const file of files) total += (await stat(file)).size
  return total
}
