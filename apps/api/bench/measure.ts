// Small measuring tools for the benches: POST a GraphQL body, time a loop of requests, read percentiles.

/** POST `body` to `url` and return the parsed answer; throws on a non-2xx status or GraphQL errors. */
export async function post<T = Record<string, unknown>>(url: string, body: object): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  })
  const json = (await response.json()) as { data?: T; errors?: { message: string }[] }
  if (!response.ok || json.errors) {
    throw new Error(`${response.status}: ${json.errors?.map((e) => e.message).join('; ') ?? 'no data'}`)
  }
  return json.data as T
}

/** Percentile `p` (0-100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

/** Send `next()`'s body in a loop, one at a time, until `until()` is true; returns each request's milliseconds. */
export async function timeLoop(url: string, next: () => object, until: () => boolean): Promise<number[]> {
  const times: number[] = []
  while (!until()) {
    const started = performance.now()
    await post(url, next())
    times.push(performance.now() - started)
  }
  return times
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
