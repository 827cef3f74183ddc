// `broadsheet parse FILE…`: print the parse of each file as JSON.
import { parseArgs } from 'node:util'
import { readFile } from 'node:fs/promises'
import { parsePage } from '../../index.ts'
import { PdfError, parsePdf } from '../../pdf/index.ts'
import type { SourceFormat } from '../../types.ts'
import { UsageError, type Command } from '../command.ts'
import { isIsoDate, metaFromFileName, metaFromSidecar } from '../page-meta.ts'
import { readTextFile } from '../read-text-file.ts'

const FORMATS: readonly SourceFormat[] = ['page', 'eedition']

/** The bytes of a PDF file, or a `UsageError` naming the file and why it cannot be read. */
async function readPdfFile(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UsageError(`${path}: no such file`)
    if (code === 'EISDIR') throw new UsageError(`${path}: is a directory, not a PDF`)
    throw new UsageError(`${path}: cannot be read (${code ?? String(error)})`)
  }
}

function readFlags(args: string[]): { files: string[]; date?: string; page?: number; format?: SourceFormat } {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { date: { type: 'string' }, page: { type: 'string' }, format: { type: 'string' } },
    })
  } catch (error) {
    throw new UsageError(`parse: ${(error as Error).message.split('.')[0] ?? 'bad arguments'}`)
  }
  const { date, page, format } = parsed.values
  if (date !== undefined && !isIsoDate(date)) throw new UsageError(`--date ${date}: not a YYYY-MM-DD date`)
  if (page !== undefined && !/^[1-9]\d{0,3}$/u.test(page))
    throw new UsageError(`--page ${page}: not a page number`)
  if (format !== undefined && !FORMATS.includes(format as SourceFormat)) {
    throw new UsageError(`--format ${format}: must be one of ${FORMATS.join(', ')}`)
  }
  if (parsed.positionals.length === 0) throw new UsageError('parse: no input file given')
  return {
    files: parsed.positionals,
    ...(date === undefined ? {} : { date }),
    ...(page === undefined ? {} : { page: Number(page) }),
    ...(format === undefined ? {} : { format: format as SourceFormat }),
  }
}

/** `broadsheet parse`: one file prints indented JSON; several print one JSON object per line. */
export const parseCommand: Command = {
  summary: 'parse page text, e-edition files or page PDFs into articles (JSON)',
  usage:
    'broadsheet parse FILE… [--date YYYY-MM-DD] [--page N] [--format page|eedition]  (FILE.pdf: one JSON line per page)',
  async run(args, io) {
    const flags = readFlags(args)
    let failed = false
    for (const file of flags.files) {
      try {
        const meta = { ...metaFromFileName(file), ...(await metaFromSidecar(file)) }
        const pageMeta = {
          ...meta,
          ...(flags.date === undefined ? {} : { date: flags.date }),
          ...(flags.page === undefined ? {} : { page: flags.page }),
        }
        if (/\.pdf$/iu.test(file)) {
          // A PDF prints one JSON object per page, one per line.
          let pages
          try {
            pages = await parsePdf(await readPdfFile(file), pageMeta)
          } catch (error) {
            if (error instanceof PdfError) throw new UsageError(`${file}: ${error.message}`)
            throw error
          }
          for (const page of pages) {
            for (const warning of page.warnings.filter((w) => /no text layer/u.test(w)))
              io.stderr(`broadsheet: ${file}: ${warning}\n`)
            io.stdout(`${JSON.stringify(page)}\n`)
          }
          continue
        }
        const text = await readTextFile(file)
        const result = parsePage(text, {
          ...meta,
          ...(flags.date === undefined ? {} : { date: flags.date }),
          ...(flags.page === undefined ? {} : { page: flags.page }),
          ...(flags.format === undefined ? {} : { format: flags.format }),
        })
        const output = flags.files.length === 1 ? JSON.stringify(result, null, 2) : JSON.stringify(result)
        io.stdout(`${output}\n`)
      } catch (error) {
        if (!(error instanceof UsageError)) throw error
        io.stderr(`broadsheet: ${error.message}\n`)
        failed = true
      }
    }
    return failed ? 1 : 0
  },
}
