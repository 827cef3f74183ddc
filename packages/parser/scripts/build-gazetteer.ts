// Precompute China's administrative divisions from ../shared/gazetteer into src/lexicon/divisions.json.
// Run: npm run build:gazetteer -w @broadsheet/parser (the package never reads ../shared at runtime).
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { sharedPath } from '@broadsheet/shared-data'

const SHARED = sharedPath('gazetteer/divisions/')
const OUT = fileURLToPath(new URL('../src/lexicon/divisions.json', import.meta.url))

/** `[code, name, parent code or null]`; codes are the national division codes (2, 4 or 6 digits). */
type Row = [string, string, string | null]

function readCsv(name: string): string[][] {
  return readFileSync(SHARED + name, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')))
}

const rows: Row[] = []
const cityCodes = new Set<string>()
for (const [code = '', name = ''] of readCsv('provinces.csv')) rows.push([code, name, null])
for (const [code = '', name = '', province = ''] of readCsv('cities.csv')) {
  // `1101,"市辖区"`: the districts of a municipality hang directly under it.
  if (
    name === '市辖区' ||
    name === '县' ||
    name === '省直辖县级行政区划' ||
    name === '自治区直辖县级行政区划'
  )
    continue
  cityCodes.add(code)
  rows.push([code, name, province])
}
for (const [code = '', name = '', city = '', province = ''] of readCsv('areas.csv')) {
  if (name === '市辖区') continue
  rows.push([code, name, cityCodes.has(city) ? city : province])
}
// HK-MO-TW.json: { 香港特别行政区: { 香港岛: [中西区, …] }, 台湾省: { 台北市: […] } }, under national codes 81, 82, 71.
const special = JSON.parse(readFileSync(SHARED + 'HK-MO-TW.json', 'utf8')) as Record<
  string,
  Record<string, string[]> | string[]
>
const specialCodes: Record<string, string> = { 香港特别行政区: '81', 澳门特别行政区: '82', 台湾省: '71' }
for (const [region, children] of Object.entries(special)) {
  const code = specialCodes[region] ?? String(90 + Object.keys(specialCodes).indexOf(region))
  rows.push([code, region, null])
  const entries = Array.isArray(children) ? children.map((c) => [c, []] as const) : Object.entries(children)
  entries.forEach(([child, grandchildren], i) => {
    const childCode = `${code}${String(i + 1).padStart(2, '0')}`
    rows.push([childCode, child, code])
    ;(grandchildren as string[]).forEach((g, j) =>
      rows.push([`${childCode}${String(j + 1).padStart(2, '0')}`, g, childCode]),
    )
  })
}
// One row per line, as Prettier prints it, so a rebuild leaves no formatting diff.
const body = rows.map((row) => `    ${JSON.stringify(row).replaceAll(',', ', ')}`).join(',\n')
writeFileSync(
  OUT,
  `{\n  "source": "shared/gazetteer/divisions (see its LICENSE)",\n  "rows": [\n${body}\n  ]\n}\n`,
)
console.log(`wrote ${rows.length} divisions to ${OUT}`)
