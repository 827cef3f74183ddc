// Start the servers a bench drives, each in its own process so that one's backlog never slows the other.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

export interface BenchServer {
  url: string
  stop(): void
}

const apiDir = path.resolve(import.meta.dirname, '..')

async function start(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  name: string,
): Promise<BenchServer> {
  const child = spawn(command, args, { cwd: apiDir, env, stdio: ['ignore', 'pipe', 'inherit'] })
  const stop = () => {
    child.kill('SIGTERM')
    process.off('exit', stop)
  }
  process.on('exit', stop)
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]()
  for (;;) {
    const { value, done } = await lines.next()
    if (done) throw new Error(`${name} exited before printing its URL`)
    if (/^http:\/\//.test(value as string)) return { url: value as string, stop }
  }
}

/** The API (bench/serve.ts) on `databaseUrl`, with `env` added to the bench's environment. */
export function startApi(databaseUrl: string, env: NodeJS.ProcessEnv = {}): Promise<BenchServer> {
  return start(
    process.execPath,
    ['--import', 'tsx', '--conditions=@broadsheet/source', 'bench/serve.ts'],
    { ...process.env, NODE_ENV: 'production', ...env, DATABASE_URL: databaseUrl },
    'the API',
  )
}

/** PostGraphile 5 on Node 22 (`node22`, packages in `peerDir`) with a pool of `poolSize` connections. */
export function startPostGraphile(
  node22: string,
  peerDir: string,
  databaseUrl: string,
  poolSize: number,
): Promise<BenchServer> {
  return start(
    node22,
    ['bench/peer/postgraphile-server.cjs', peerDir, databaseUrl, String(poolSize)],
    { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
    'PostGraphile',
  )
}
