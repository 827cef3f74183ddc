// Read an input file as UTF-8 text, refusing binary and non-UTF-8 files with a clear reason.
import { readFile } from 'node:fs/promises'
import { UsageError } from './command.ts'

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * The file's text. Throws a `UsageError` naming the problem when the file is missing, is a directory, holds NUL
 * bytes (binary) or is not valid UTF-8.
 *
 * @example await readTextFile('page.txt')
 */
export async function readTextFile(path: string): Promise<string> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UsageError(`${path}: no such file`)
    if (code === 'EISDIR') throw new UsageError(`${path}: is a directory, not a text file`)
    throw new UsageError(`${path}: cannot be read (${code ?? String(error)})`)
  }
  if (bytes.includes(0)) throw new UsageError(`${path}: looks binary (it contains NUL bytes), not page text`)
  try {
    return decoder.decode(bytes)
  } catch {
    throw new UsageError(`${path}: is not valid UTF-8 text`)
  }
}
