// `npm run bad-input`: feed `broadsheet parse`, the `ingestPage` mutation and the GraphQL endpoint hostile input;
// each must answer a clear error or sensible output, in time linear in the input, and write nothing when it rejects.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createPrismaClient, createTestDatabase } from '@broadsheet/db'
import { sharedDir } from '@broadsheet/shared-data'
import { repoRoot, startApi } from './lib/archive-harness.ts'

const shared = sharedDir
const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-bad-input-'))
const problems: string[] = []
const rows: string[][] = []

/** Real text to build big inputs from: e-edition articles of January 2020, concatenated. */
function realText(minBytes: number): string {
  const parts: string[] = []
  let bytes = 0
  const month = path.join(shared, 'corpus', 'epaper', '2020-01')
  for (const day of readdirSync(month).sort()) {
    for (const file of readdirSync(path.join(month, day)).sort()) {
      const text = readFileSync(path.join(month, day, file), 'utf8')
      parts.push(text)
      bytes += Buffer.byteLength(text)
    }
  }
  const once = parts.join('\r\n')
  return once.repeat(Math.ceil(minBytes / bytes)).slice(0, minBytes / 3)
}

const seedPage = readFileSync(path.join(shared, 'pages', '000_c2a65b4d6f57a7a3.txt'), 'utf8')
const oneLine = (n: number) =>
  seedPage
    .replace(/\s+/g, '')
    .repeat(Math.ceil(n / 10_000))
    .slice(0, n)
const blankLines = (n: number) => '\n'.repeat(n)
const gbk = Buffer.from([0xd6, 0xd0, 0xb9, 0xfa, 0xc8, 0xcb, 0xc3, 0xf1, 0xd2, 0xf8, 0xd0, 0xd0, 0x0a]) // 中国人民银行 in GBK
const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))

const inputs: Array<{ name: string; content: Buffer | string; expect: 'error' | 'parse' }> = [
  { name: 'empty file', content: '', expect: 'parse' },
  { name: 'binary (bytes 0–255)', content: binary, expect: 'error' },
  { name: 'non-UTF-8 (GBK)', content: gbk, expect: 'error' },
  { name: '50 MB of real e-edition text', content: realText(50 * 1024 * 1024), expect: 'parse' },
  { name: 'one 100,000-character line', content: oneLine(100_000), expect: 'parse' },
  { name: '100,000 blank lines', content: blankLines(100_000), expect: 'parse' },
]

function parseCli(file: string): { code: number | null; ms: number; stderr: string; items: number } {
  const t0 = process.hrtime.bigint()
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@broadsheet/source',
      'packages/parser/src/cli.ts',
      'parse',
      file,
      '--format',
      'page',
    ],
    { cwd: repoRoot, maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' },
  )
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  let items = -1
  try {
    items = (JSON.parse(result.stdout) as { items: unknown[] }).items.length
  } catch {
    /* no JSON on an error */
  }
  return { code: result.status, ms, stderr: result.stderr.trim().split('\n')[0] ?? '', items }
}

console.log('broadsheet parse')
for (const input of inputs) {
  const file = path.join(work, input.name.replace(/\W+/g, '-') + '.txt')
  writeFileSync(file, input.content)
  const r = parseCli(file)
  const outcome = r.code === 0 ? `parsed, ${r.items} items` : `exit ${r.code}: ${r.stderr}`
  rows.push(['parse', input.name, outcome, `${r.ms.toFixed(0)} ms`])
  if (input.expect === 'error' && (r.code === 0 || !r.stderr.includes(file)))
    problems.push(`parse ${input.name}: expected a one-line error naming the file, got ${outcome}`)
  if (input.expect === 'parse' && r.code !== 0) problems.push(`parse ${input.name}: ${outcome}`)
  if (r.stderr.includes('internal error')) problems.push(`parse ${input.name}: crashed (${r.stderr})`)
}

console.log('linear time')
for (const [name, make] of [
  ['one long line', oneLine],
  ['blank lines', blankLines],
] as const) {
  const times = [100_000, 200_000, 400_000].map((n) => {
    const file = path.join(work, `linear-${n}.txt`)
    writeFileSync(file, make(n))
    return parseCli(file).ms
  })
  // Subtract the CLI's start-up (an empty file) so the ratio is of parsing time.
  const emptyFile = path.join(work, 'empty.txt')
  writeFileSync(emptyFile, '')
  const startup = parseCli(emptyFile).ms
  const net = times.map((t) => Math.max(1, t - startup))
  const ratio = net[2]! / net[0]!
  rows.push([
    'linear',
    `${name} 1×/2×/4×`,
    net.map((t) => `${t.toFixed(0)} ms`).join(' / '),
    `4×/1× = ${ratio.toFixed(1)}`,
  ])
  if (ratio > 8) problems.push(`${name}: 4× the input took ${ratio.toFixed(1)}× the time (superlinear)`)
}

console.log('ingestPage and HTTP')
const database = await createTestDatabase()
const prisma = createPrismaClient(database.url)
const token = 'bad-input-test-token-0123456789'
const api = await startApi(database.url, { BROADSHEET_API_TOKEN: token })
const counts = async () =>
  (
    await prisma.$queryRaw<Array<{ n: bigint }>>`
    SELECT (SELECT count(*) FROM "Article") + (SELECT count(*) FROM "Paragraph") + (SELECT count(*) FROM "Entity") AS n`
  )[0]!.n

async function post(body: string | Buffer, headers: Record<string, string>) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers,
    body,
    signal: AbortSignal.timeout(120_000),
  })
  const text = await response.text()
  return { status: response.status, text: text.slice(0, 160).replace(/\s+/g, ' ') }
}
const ingest = (text: string) =>
  post(
    JSON.stringify({
      query: 'mutation($input: IngestPageInput!) { ingestPage(input: $input) { articles { id } warnings } }',
      variables: { input: { text, date: '2020-03-13' } },
    }),
    { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  )

for (const [name, text] of [
  ['empty text', ''],
  ['text with NUL and control bytes', binary.toString('latin1')],
  ['one 100,000-character line', oneLine(100_000)],
  ['100,000 blank lines', blankLines(100_000)],
  ['50 MB of text', realText(50 * 1024 * 1024)],
] as const) {
  const before = await counts()
  const t0 = Date.now()
  const r = await ingest(text).catch((error: Error) => ({ status: 0, text: error.message }))
  const after = await counts()
  const wrote = after !== before
  rows.push(['ingestPage', name, `${r.status} ${r.text}`, `${Date.now() - t0} ms`])
  if (r.status === 0 || r.status >= 500) problems.push(`ingestPage ${name}: ${r.status} ${r.text}`)
  const rejected = r.status !== 200 || r.text.includes('"errors"')
  if (rejected && wrote) problems.push(`ingestPage ${name}: rows were written for a rejected input`)
}

for (const [name, body, headers, expected] of [
  ['malformed JSON', '{"query": "{ corpus { articleCount } "', { 'content-type': 'application/json' }, 400],
  ['wrong content type', '{ corpus { articleCount } }', { 'content-type': 'text/plain' }, 415],
  [
    'oversized body (2 MB)',
    JSON.stringify({ query: `{ corpus { articleCount } } # ${'x'.repeat(2 * 1024 * 1024)}` }),
    { 'content-type': 'application/json' },
    413,
  ],
] as const) {
  const r = await post(body, headers)
  rows.push(['HTTP', name, `${r.status} ${r.text}`, ''])
  if (r.status !== expected) problems.push(`HTTP ${name}: expected ${expected}, got ${r.status}`)
}

await api.stop()
await prisma.$disconnect()
await database.stop()
rmSync(work, { recursive: true, force: true })

const widths = [10, 34, 70, 24]
for (const row of rows)
  console.log(row.map((cell, i) => cell.slice(0, widths[i]).padEnd(widths[i]!)).join('  '))
if (problems.length > 0) {
  console.error(`FAILED:\n- ${problems.join('\n- ')}`)
  process.exit(1)
}
console.log(
  'PASSED: every hostile input got a clear answer in linear time, and rejected input wrote nothing.',
)
