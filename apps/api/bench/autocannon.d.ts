// The slice of autocannon's API the benchmark and scripts/load-test.ts use (the package ships no types).
declare module 'autocannon' {
  namespace autocannon {
    interface Result {
      requests: { average: number; total: number }
      latency: { p50: number; p99: number; max: number }
      non2xx: number
      errors: number
      timeouts: number
    }
    interface Request {
      method?: string
      body?: string
      headers?: Record<string, string>
      /** Rewrites each request before it is sent. */
      setupRequest?: (request: Request) => Request
      /** Sees each response's status and body. */
      onResponse?: (status: number, body: string) => void
    }
    interface Options {
      url: string
      method?: string
      headers?: Record<string, string>
      body?: string
      /** Requests each connection sends in turn, instead of `body` alone. */
      requests?: Request[]
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
