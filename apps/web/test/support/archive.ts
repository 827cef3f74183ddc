// Load real newspaper files into a test database through the same path as the seed: the parser, then
// @broadsheet/db's ingest.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ingestParsedPages, type IngestUnit, type PrismaClient } from '@broadsheet/db'
import { parsePage, type ParseOptions } from '@broadsheet/parser'
import { sharedDir } from './paths.ts'

// An e-edition file is named for its date, page (版次) and position on the page: 20200203-01-02.txt.
const eEditionName = /^(\d{4})(\d{2})(\d{2})-(\d{2})-(\d{2})\.txt$/

async function metaFor(file: string): Promise<{ options: ParseOptions; position: number }> {
  const name = eEditionName.exec(path.basename(file))
  if (name) {
    const [, y, m, d, page, position] = name
    return {
      options: { date: `${y}-${m}-${d}`, page: Number(page), publication: '人民日报' },
      position: Number(position) - 1,
    }
  }
  const metaFile = file.replace(/\.txt$/, '.meta.json')
  if (existsSync(metaFile)) {
    const meta = JSON.parse(await readFile(metaFile, 'utf8')) as ParseOptions
    return { options: { date: meta.date, page: meta.page, publication: meta.publication }, position: 0 }
  }
  return { options: {}, position: 0 }
}

/** Parse each file and store its articles, a batch of files per transaction. */
export async function loadArchive(
  prisma: PrismaClient,
  files: readonly string[],
  batchSize = 50,
): Promise<void> {
  for (let i = 0; i < files.length; i += batchSize) {
    const units: IngestUnit[] = []
    for (const file of files.slice(i, i + batchSize)) {
      const text = await readFile(file, 'utf8')
      const { options, position } = await metaFor(file)
      units.push({
        parsed: parsePage(text, options),
        source: { file: path.relative(sharedDir, file), text, position },
      })
    }
    await ingestParsedPages(prisma, units)
  }
}
