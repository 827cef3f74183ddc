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
  /** The reader's latencies in the windows with nobody else asking, ms. */
  idle: number[]
  /** The reader's latencies in the windows under the flood, ms. */
  flooded: number[]
  /** Expensive requests the flood got answered. */
  floodAnswers: number
  /** Expensive requests shed as SERVICE_UNAVAILABLE after waiting for the expensive statements' pool. */
  floodRefusals: number
}

/**
 * Measure the reader in alternating windows of `seconds` each: alone, then beside `clients` flooding clients (after
 * a ramp that lets the flood fill every queue), `windows` times over. Interleaved, so that a busy machine's ups and
 * downs fall on both sides alike.
 */
export async function flood(
  url: string,
  reader: () => object,
  worst: readonly string[],
  options: { clients: number; seconds: number; windows: number },
): Promise<FloodResult> {
  for (const query of worst) await post(url, { query }) // every one is admitted and answers
  const result: FloodResult = { idle: [], flooded: [], floodAnswers: 0, floodRefusals: 0 }
  const window = (times: number[]) => {
    const deadline = Date.now() + options.seconds * 1000
    return timeLoop(url, reader, () => Date.now() > deadline).then((t) => void times.push(...t))
  }
  for (let w = 0; w < options.windows; w++) {
    await window(result.idle)
    let stop = false
    const flooders = Array.from({ length: options.clients }, async (_, n) => {
      for (let i = n + w; !stop; i++) {
        // A flood request may be shed (SERVICE_UNAVAILABLE once it has waited its turn too long): that is the
        // server protecting the reads, so it counts and the client goes on.
        await post(url, { query: worst[i % worst.length] }).then(
          () => result.floodAnswers++,
          () => result.floodRefusals++,
        )
      }
    })
    await sleep(2000) // let the flood fill every queue before the reader measures
    await window(result.flooded)
    stop = true
    await Promise.all(flooders)
  }
  return result
}

export const p99 = (values: number[]) => percentile(values, 99)
