// Reads while pages are ingested: one client reads articles while another sends 100 real pages to ingestPage, in
// windows that alternate with windows of reads alone. The parser runs on worker threads, so the reads' p99 should
// stay near what it is with no ingest.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { post, timeLoop } from './measure.ts'

/** The simulated pages of ../shared/dev-pages: real layout text, each with its date and page number. */
export function devPages(shared: string, count: number): { text: string; date: string; page: number }[] {
  const dir = path.join(shared, 'dev-pages')
  return readdirSync(dir)
    .sort()
    .flatMap((month) =>
      readdirSync(path.join(dir, month))
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => {
          const [day = '', page = '0'] = name.replace('.txt', '').split('-')
          return {
            text: readFileSync(path.join(dir, month, name), 'utf8'),
            date: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`,
            page: Number(page),
          }
        }),
    )
    .slice(0, count)
}

const ingestMutation = `mutation ($input: IngestPageInput!) { ingestPage(input: $input) { articles { id } } }`

/** The reader's latencies in each window: with no ingest, and while a batch of pages is ingested. */
export interface IngestReads {
  idle: number[][]
  ingesting: number[][]
  /** Seconds the ingest windows took in all. */
  ingestSeconds: number
}

/**
 * The reader's latencies in alternating windows: `idleSeconds` with no ingest, then while the next batch of `pages`
 * is ingested one page after another, `windows` times over. Interleaved, so that the machine's own ups and downs
 * fall on both sides alike.
 */
export async function readsWhileIngesting(
  url: string,
  token: string,
  reader: () => object,
  pages: { text: string; date: string; page: number }[],
  options: { windows: number; idleSeconds: number },
): Promise<IngestReads> {
  const result: IngestReads = { idle: [], ingesting: [], ingestSeconds: 0 }
  const size = Math.ceil(pages.length / options.windows)
  for (let start = 0; start < pages.length; start += size) {
    const deadline = Date.now() + options.idleSeconds * 1000
    result.idle.push(await timeLoop(url, reader, () => Date.now() > deadline))
    let done = false
    const started = performance.now()
    const ingest = (async () => {
      try {
        for (const page of pages.slice(start, start + size)) await ingestPage(url, token, page)
      } finally {
        done = true
      }
    })()
    result.ingesting.push(await timeLoop(url, reader, () => done))
    await ingest
    result.ingestSeconds += (performance.now() - started) / 1000
  }
  return result
}

async function ingestPage(url: string, token: string, page: { text: string; date: string; page: number }) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: ingestMutation,
      variables: { input: { ...page, publication: '人民日报' } },
    }),
  })
  const body = (await response.json()) as { errors?: { message: string }[] }
  if (body.errors) throw new Error(`ingestPage: ${body.errors[0]!.message}`)
}

export { post }
