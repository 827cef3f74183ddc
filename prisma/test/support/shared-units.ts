// Pages from ../shared as the ingest takes them: an e-edition article file by name, and the pages of a day of the
// 1998 corpus as the seed reads them.
import { readFileSync } from 'node:fs'
import { parsePage } from '@broadsheet/parser'
import { sharedPath } from '@broadsheet/shared-data'
import type { IngestUnit } from '../../src/index.ts'
import { pkuPage } from '../../src/seed/pku-page.ts'

/**
 * The e-edition file `YYYYMMDD-PP-SS` parsed as the seed parses it.
 *
 * @example eeditionUnit('20200101-01-03').parsed.items[0].title
 */
export function eeditionUnit(name: string): IngestUnit {
  const [, y, m, d, page, position] = /^(\d{4})(\d{2})(\d{2})-(\d{2})-(\d{2})$/.exec(name)!
  const file = `corpus/epaper/${y}-${m}/${y}${m}${d}/${name}.txt`
  const text = readFileSync(sharedPath(file), 'utf8')
  const parsed = parsePage(text, {
    date: `${y}-${m}-${d}`,
    page: Number(page),
    publication: '人民日报',
    format: 'eedition',
  })
  return { parsed, source: { file, text, position: Number(position) - 1 } }
}

/**
 * The pages of the 1998 corpus whose ids start with `prefix` (`19980101` for a day), with their gold mentions.
 *
 * @example pkuUnits('19980101').length
 */
export function pkuUnits(prefix: string): IngestUnit[] {
  const pages = new Map<string, string[]>()
  for (const line of readFileSync(sharedPath('corpus/pku1998/199801-01-27.txt'), 'utf8').split(/\r?\n/)) {
    const id = /^(\d{8}-\d{2})-/.exec(line)?.[1]
    if (id?.startsWith(prefix)) pages.set(id, [...(pages.get(id) ?? []), line])
  }
  return [...pages.values()].map((page) => {
    const text = page.join('\n')
    const { parsed, positions } = pkuPage(text, 1, '人民日报')
    return {
      parsed,
      source: { file: `pku/${page[0]!.slice(0, 11)}`, text, format: 'PKU', mentionSource: 'GOLD', positions },
    }
  })
}
