// Reads while pages are ingested: one client reads articles while another sends 100 real pages to ingestPage. The
// parser runs on worker threads, so the reads' p99 should stay near what it is with no ingest.
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

/** The reader's latencies with no ingest for `seconds`, then while `pages` are ingested one after another. */
export async function readsWhileIngesting(
  url: string,
  token: string,
  reader: () => object,
  pages: { text: string; date: string; page: number }[],
  seconds: number,
): Promise<{ idle: number[]; ingesting: number[]; ingestSeconds: number }> {
  const deadline = Date.now() + seconds * 1000
  const idle = await timeLoop(url, reader, () => Date.now() > deadline)
  let done = false
  const started = performance.now()
  const ingest = (async () => {
    for (const page of pages) {
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
    done = true
  })()
  const ingesting = await timeLoop(url, reader, () => done)
  await ingest
  return { idle, ingesting, ingestSeconds: (performance.now() - started) / 1000 }
}

export { post }
