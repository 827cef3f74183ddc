// A seeded throwaway archive for tests: the sample page plus three days of People's Daily e-edition files,
// stored through @broadsheet/db's ingest, the same path as the seed.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { createTestDatabase, ingestParsedPages, type IngestUnit, type TestDatabase } from '@broadsheet/db'
import { parsePage } from '@broadsheet/parser'
import { sharedPath } from '@broadsheet/shared-data'

export const seedPageFile = sharedPath('pages/000_c2a65b4d6f57a7a3.txt')
export const seedPageDate = '2020-03-13'
const epaper = sharedPath('corpus/epaper/2020-01')
export const epaperDays = ['20200101', '20200102', '20200103']

/** Parse the seed page the way the archive does. */
export function parseSeedPage() {
  return parsePage(readFileSync(seedPageFile, 'utf8'), { date: seedPageDate })
}

/** The seed page and every e-edition article of `epaperDays`, parsed, with their sources. */
export function seedUnits(): IngestUnit[] {
  const units: IngestUnit[] = [
    {
      parsed: parseSeedPage(),
      source: { file: 'pages/000_c2a65b4d6f57a7a3.txt', text: readFileSync(seedPageFile, 'utf8') },
    },
  ]
  for (const day of epaperDays) {
    for (const name of readdirSync(path.join(epaper, day)).sort()) {
      const [, page, position] = name.replace('.txt', '').split('-')
      const date = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`
      const text = readFileSync(path.join(epaper, day, name), 'utf8')
      units.push({
        parsed: parsePage(text, { date, page: Number(page), publication: '人民日报', format: 'eedition' }),
        source: { file: `corpus/epaper/2020-01/${day}/${name}`, text, position: Number(position) - 1 },
      })
    }
  }
  return units
}

/** A migrated embedded PostgreSQL holding {@link seedUnits}. */
export async function createSeededArchive(): Promise<TestDatabase> {
  const db = await createTestDatabase()
  await ingestParsedPages(db.prisma, seedUnits())
  return db
}
