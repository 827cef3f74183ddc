// Parse one seed job (one page) into units ready to ingest, reporting each file that cannot be used.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parsePage, type ParsedPage } from '@broadsheet/parser'
import { pdfUnits } from '../ingest/ingest-pdf.ts'
import type { IngestUnit } from '../ingest/ingest-parsed-page.ts'
import { validateParsedPage } from '../ingest/validate-parsed-page.ts'
import { pkuPage } from './pku-page.ts'
import { eeditionName, type SeedJob } from './seed-jobs.ts'

/** A file the seed could not load: which, where, and why. */
export interface SeedFailure {
  file: string
  line: number
  reason: string
}

/** A unit to ingest and the path of the file it came from, for reports. */
export type SeedUnit = IngestUnit & { path: string }

export interface ParsedJob {
  units: SeedUnit[]
  failures: SeedFailure[]
  bytes: number
}

const PUBLICATION = '人民日报'

/** Parse a job's files. Never throws: a file that fails becomes a failure and the job's other files go on. */
export async function parseJob(job: SeedJob): Promise<ParsedJob> {
  const units: SeedUnit[] = []
  const failures: SeedFailure[] = []
  const attempt = async (file: string, firstLine: number, work: () => Promise<IngestUnit>) => {
    try {
      const unit = await work()
      const problems = validateParsedPage(unit.parsed, unit.source)
      if (problems.length > 0) {
        failures.push({
          file,
          line: lineOfProblem(unit.parsed, problems[0]!, firstLine),
          reason: problems.join('; '),
        })
      } else units.push({ ...unit, path: file })
    } catch (error) {
      const line = (error as { line?: number }).line ?? firstLine
      failures.push({ file, line, reason: error instanceof Error ? error.message : String(error) })
    }
  }
  switch (job.kind) {
    case 'page':
      await attempt(job.file.path, 1, async () => {
        const text = await readText(job.file.path)
        const meta = await readMeta(job.file.path)
        const parsed = parsePage(text, { ...meta, publication: meta.publication ?? null })
        return { parsed, source: { file: job.file.name, text } }
      })
      break
    case 'pdf': {
      // A PDF's pages are ingested together with the PDF: one failure reports the file, and nothing of it is kept.
      try {
        const meta = await readMeta(job.file.path)
        const { units: pdfPages, warnings } = await pdfUnits(new Uint8Array(await readFile(job.file.path)), {
          date: meta.date ?? null,
          page: meta.page ?? null,
          publication: meta.publication ?? PUBLICATION,
        })
        if (pdfPages.length === 0)
          failures.push({
            file: job.file.path,
            line: 0,
            reason: warnings[0] ?? 'no articles found on any page',
          })
        const problems = pdfPages.flatMap((unit) => validateParsedPage(unit.parsed, unit.source))
        if (problems.length > 0) failures.push({ file: job.file.path, line: 0, reason: problems.join('; ') })
        else for (const unit of pdfPages) units.push({ ...unit, path: job.file.path })
      } catch (error) {
        failures.push({
          file: job.file.path,
          line: 0,
          reason: error instanceof Error ? error.message : String(error),
        })
      }
      break
    }
    case 'eedition':
      for (const file of job.files) {
        await attempt(file.path, 1, async () => {
          const text = await readText(file.path)
          const name = eeditionName(file.path)!
          const parsed = parsePage(text, {
            date: name.date,
            page: name.page,
            publication: PUBLICATION,
            format: 'eedition',
          })
          return { parsed, source: { file: file.name, text, position: name.position - 1 } }
        })
      }
      break
    case 'pku':
      await attempt(job.file.path, job.firstLine, async () => {
        const { parsed, positions } = pkuPage(job.text, job.firstLine, PUBLICATION)
        return {
          parsed,
          source: {
            file: job.file.name,
            text: job.text,
            firstLine: job.firstLine,
            format: 'PKU',
            mentionSource: 'GOLD',
            positions,
          },
        }
      })
      break
  }
  return { units, failures, bytes: job.bytes }
}

/** Read a file as UTF-8, failing with the line of the first byte that is not UTF-8. */
export async function readText(file: string): Promise<string> {
  const bytes = await readFile(file)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes)
    const at = text.indexOf('\ufffd')
    throw Object.assign(new Error('not UTF-8 text'), { line: text.slice(0, at).split('\n').length })
  }
}

// > | 20200210-05.pdf   a page PDF named by its date and page number (a suffix after a further dash is ignored)
const PDF_NAME = /^(\d{4})(\d{2})(\d{2})-(\d{1,3})(?:-[\w-]+)?\.pdf$/i

// A layout page's date, page and publication come from `<name>.meta.json` beside it (see ../shared/DATA.md); a PDF's
// from there or, without one, from its name.
async function readMeta(
  file: string,
): Promise<{ date?: string | null; page?: number | null; publication?: string | null }> {
  const metaFile = path.join(
    path.dirname(file),
    `${path.basename(file).replace(/\.(txt|pdf)$/i, '')}.meta.json`,
  )
  let text: string
  try {
    text = await readFile(metaFile, 'utf8')
  } catch {
    const named = PDF_NAME.exec(path.basename(file))
    if (named !== null) return { date: `${named[1]}-${named[2]}-${named[3]}`, page: Number(named[4]) }
    throw new Error(`no ${path.basename(metaFile)} beside it to give the page's date`)
  }
  try {
    return JSON.parse(text) as { date?: string; page?: number | null; publication?: string | null }
  } catch (error) {
    throw new Error(`${path.basename(metaFile)} is not JSON: ${(error as Error).message}`)
  }
}

// `items[3].sections[0]…: problem` → the first source line of item 3, so a report can point into the file.
function lineOfProblem(parsed: ParsedPage, problem: string, firstLine: number): number {
  const m = /^items\[(\d+)\]/.exec(problem)
  const item = m ? parsed.items?.[Number(m[1])] : undefined
  const line = Array.isArray(item?.lines) && Number.isInteger(item.lines[0]) ? item.lines[0] : 1
  return firstLine + line - 1
}
