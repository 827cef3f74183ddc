// Public entry point of @broadsheet/bench: record a bench's claims, render the benchmarks page.
export type { BenchClaim, BenchMachine, BenchResults, BenchRow } from './bench-row.ts'
export { describeMachine, recordBench, resultsDir } from './record-bench.ts'
export { ratio, renderReport } from './render-report.ts'
