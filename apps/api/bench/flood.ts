// The flood: six clients send the most expensive requests the API admits, in a loop, while a seventh reads
// articles. The reader's p99 is the claim: expensive statements queue on their own pool and never take the cheap
// reads' connections.
import { percentile, post, sleep, timeLoop } from './measure.ts'

/** The worst requests within the budget, as a hostile client would pick them (see the API README's price list). */
export function worstRequests(entityIds: readonly string[]): string[] {
  const common = ['发展', '中国', '人民', '工作', '经济', '国家', '建设', '社会', '新华社']
  return [
    // Ten required entities, each a lookup in the article-entity index, counted.
    `{ articles(first: 1, filter: { entityIds: ${JSON.stringify(entityIds.slice(0, 10))} }) { totalCount } }`,
    // 99 articles' related articles.
    '{ articles(first: 99) { edges { node { related(first: 10) { id } } } } }',
    // Nine searches of the commonest words, with facets.
    `{ ${common.map((q, i) => `s${i}: search(query: "${q}", first: 1) { totalCount facets { entity { count } } }`).join(' ')} }`,
    // Co-occurrence of the 30 most-mentioned entities.
    '{ entities(first: 30) { edges { node { coOccurring(first: 10) { count } } } } }',
    // Nine top-entity aggregates over the whole archive.
    `{ ${Array.from({ length: 9 }, (_, i) => `t${i}: topEntities(first: ${i + 1}) { count }`).join(' ')} }`,
    // Day-by-day timelines of 100 entities.
    '{ entities(first: 100) { edges { node { timeline(granularity: DAY) { count } } } } }',
    // Name scans of every entity, thirteen times over.
    `{ ${Array.from({ length: 13 }, (_, i) => `n${i}: entities(first: 1, query: "${'中国人民新华北京上海发展'[i]}") { totalCount }`).join(' ')} }`,
  ]
}

export interface FloodResult {
  /** The reader's latencies with nobody else asking, ms. */
  idle: number[]
  /** The reader's latencies under the flood, ms. */
  flooded: number[]
  /** Expensive requests the flood got answered. */
  floodAnswers: number
  /** Expensive requests shed as SERVICE_UNAVAILABLE after waiting for the expensive statements' pool. */
  floodRefusals: number
}

/** Measure the reader alone for `seconds`, then beside `clients` flooding clients for `seconds`. */
export async function flood(
  url: string,
  reader: () => object,
  worst: readonly string[],
  options: { clients: number; seconds: number },
): Promise<FloodResult> {
  for (const query of worst) await post(url, { query }) // every one is admitted and answers
  let deadline = Date.now() + options.seconds * 1000
  const idle = await timeLoop(url, reader, () => Date.now() > deadline)
  let stop = false
  let floodAnswers = 0
  let floodRefusals = 0
  const flooders = Array.from({ length: options.clients }, async (_, n) => {
    for (let i = n; !stop; i++) {
      // A flood request may be shed (SERVICE_UNAVAILABLE once it has waited its turn too long): that is the
      // server protecting the reads, so it counts and the client goes on.
      await post(url, { query: worst[i % worst.length] }).then(
        () => floodAnswers++,
        () => floodRefusals++,
      )
    }
  })
  await sleep(2000) // let the flood fill every queue before the reader measures
  deadline = Date.now() + options.seconds * 1000
  const flooded = await timeLoop(url, reader, () => Date.now() > deadline)
  stop = true
  await Promise.all(flooders)
  return { idle, flooded, floodAnswers, floodRefusals }
}

export const p99 = (values: number[]) => percentile(values, 99)
