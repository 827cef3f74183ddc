// A worker thread that parses seed jobs, so that parsing runs beside the database writes.
import { parentPort } from 'node:worker_threads'
import { parseJob } from './parse-job.ts'
import type { SeedJob } from './seed-jobs.ts'

parentPort?.on('message', async ({ id, job }: { id: number; job: SeedJob }) => {
  parentPort?.postMessage({ id, result: await parseJob(job) })
})
