// The shape of one measured claim, as a bench records it and the report renders it.

/** One claim a bench measured: a figure, optionally beside a peer's figure for the same work. */
export interface BenchClaim {
  /** Stable anchor of the row in docs/benchmarks.md, kebab-case: `parser-layout-throughput`. READMEs link to it. */
  id: string
  /** What was measured, in words a reader understands: `layout text parsed per second, one core (seed page)`. */
  what: string
  figure: number
  /** Unit of `figure` and of the peer's figure: `MB/s`, `ms`, `req/s`, `F1`. */
  unit: string
  /** Which way is better, so the ratio reads the right way round. Default: higher. */
  better?: 'higher' | 'lower'
  /** The same measure for what a user would pick instead (PostGraphile, pdftotext, a naive path), in one run. */
  peer?: { name: string; figure: number }
  /** The command that measures it, runnable from the repository root. */
  command: string
  /** Digits after the decimal point when rendered. Default: 2 below 10, 1 below 100, else 0. */
  decimals?: number
}

/** The machine a run was measured on. */
export interface BenchMachine {
  cores: number
  cpu: string
  /** 1, 5 and 15 minute load averages when the run ended. */
  loadAverage: [number, number, number]
  node: string
}

/** A claim as stored: the claim plus when and where it was measured. */
export interface BenchRow extends BenchClaim {
  /** ISO timestamp of the run. */
  date: string
  machine: BenchMachine
}

/** One results file, `docs/bench-results/<suite>.json`: one suite's rows, keyed by id. */
export interface BenchResults {
  suite: string
  rows: BenchRow[]
}
