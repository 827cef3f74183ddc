// The slice of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  namespace autocannon {
    interface Result {
      requests: { average: number; total: number }
      latency: { p50: number; p99: number }
      non2xx: number
      errors: number
      timeouts: number
    }
    interface Options {
      url: string
      method?: string
      headers?: Record<string, string>
      body?: string
      /** Requests each connection sends in turn, instead of `body` alone. */
      requests?: { method?: string; body?: string }[]
      connections?: number
      duration?: number
      /** Requests to send in all, instead of running for `duration`; autocannon waits for every answer. */
      amount?: number
      /** Seconds before a request counts as timed out. */
      timeout?: number
    }
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>
  export default autocannon
}
