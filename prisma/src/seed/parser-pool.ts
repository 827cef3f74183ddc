// Parse seed jobs on worker threads (or inline), at most a few pages ahead of the writer so memory stays flat.
import { Worker } from 'node:worker_threads'
import { parseJob, type ParsedJob } from './parse-job.ts'
import type { SeedJob } from './seed-jobs.ts'

/** Parses jobs; `close()` ends the workers. */
export interface ParserPool {
  parse(job: SeedJob): Promise<ParsedJob>
  close(): Promise<void>
}

/**
 * A pool of `size` worker threads, or the calling thread when `size` is 0. Workers run the TypeScript sources
 * through tsx, as the rest of the repo does.
 */
export function createParserPool(size: number): ParserPool {
  if (size <= 0) return { parse: parseJob, close: async () => {} }
  // A worker does not inherit the tsx loader, so it registers tsx itself before importing the TypeScript entry.
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./parse-worker.ts', import.meta.url).href)}) })`
  const workers = Array.from(
    { length: size },
    () => new Worker(boot, { eval: true, execArgv: ['--conditions=@broadsheet/source'] }),
  )
  const idle = [...workers]
  const waiting: (() => void)[] = []
  const pending = new Map<number, { resolve: (r: ParsedJob) => void; reject: (e: unknown) => void }>()
  let nextId = 0
  for (const worker of workers) {
    worker.on('message', ({ id, result }: { id: number; result: ParsedJob }) => {
      pending.get(id)?.resolve(result)
      pending.delete(id)
      idle.push(worker)
      waiting.shift()?.()
    })
    worker.on('error', (error) => {
      for (const p of pending.values()) p.reject(error)
      pending.clear()
    })
  }
  return {
    async parse(job) {
      while (idle.length === 0) await new Promise<void>((resolve) => waiting.push(resolve))
      const worker = idle.pop()!
      const id = nextId++
      return new Promise<ParsedJob>((resolve, reject) => {
        pending.set(id, { resolve, reject })
        worker.postMessage({ id, job })
      })
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}
