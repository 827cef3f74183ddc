// `npm run smoke`: run the README's start as a newcomer would, right after `npm ci`, with nothing generated or
// built: `npm start` on its own ports and data directory with the demo sample, wait for "running", ask the API for
// articles, get the web app's `/`, press Ctrl-C (SIGINT to the process group, as a terminal does), and check that
// nothing is left listening. On any failure it prints the start's last log lines and exits 1.
//
// With the demo sample the whole run takes well under 4 minutes on a quiet 2-core machine; most of it is the web
// app's first build. The limit below only catches a start that hangs: a busy CI host can be several times slower,
// and a smoke test that failed on a slow machine would be a test of the machine, not of the start.
// BROADSHEET_SMOKE_LIMIT_S sets it.
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { createConnection, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const limitS = Number(process.env.BROADSHEET_SMOKE_LIMIT_S ?? 15 * 60)
const budgetMs = limitS * 1000
const started = Date.now()
const log: string[] = []

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' })
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

function fail(step: string, detail: string): never {
  console.error(`\nsmoke: FAILED at "${step}": ${detail}`)
  console.error(`smoke: the last lines of \`npm start\`:\n${log.slice(-40).join('\n')}`)
  cleanup()
  process.exit(1)
}

const [apiPort, webPort, pgPort] = [await freePort(), await freePort(), await freePort()]
const dataDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-smoke-'))
// As root, PostgreSQL runs as the postgres user, which must reach its data directory inside this one.
chmodSync(dataDir, 0o755)
const env = {
  ...process.env,
  PORT_API: String(apiPort),
  PORT_WEB: String(webPort),
  BROADSHEET_PG_PORT: String(pgPort),
  BROADSHEET_PG_DATA: path.join(dataDir, 'postgres'),
  BROADSHEET_CORPUS: 'demo',
  DATABASE_URL: '',
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
}
console.log(`smoke: npm start on API :${apiPort}, web :${webPort}, PostgreSQL :${pgPort}, data in ${dataDir}`)
const start = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
let exited: number | string | null = null
const exit = new Promise<void>((resolve) =>
  start.once('exit', (code, signal) => ((exited = signal ?? code), resolve())),
)
let running: () => void = () => {}
const isRunning = new Promise<void>((resolve) => (running = resolve))
for (const stream of [start.stdout, start.stderr]) {
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) if (line.trim()) log.push(line)
    if (log.some((line) => line.includes('Broadsheet is running'))) running()
  })
}
function groupAlive(): boolean {
  try {
    process.kill(-start.pid!, 0)
    return true
  } catch {
    return false
  }
}
function cleanup(): void {
  try {
    process.kill(-start.pid!, 'SIGKILL')
  } catch {
    // the group is gone already
  }
  rmSync(dataDir, { recursive: true, force: true })
}

async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  const left = budgetMs - (Date.now() - started)
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new Error(`not done within the smoke test's limit of ${limitS} s (BROADSHEET_SMOKE_LIMIT_S)`)),
      left,
    )
  })
  try {
    const result = await Promise.race([work(), timeout])
    console.log(`smoke: ${name}: ok (${((Date.now() - started) / 1000).toFixed(0)} s)`)
    return result
  } catch (error) {
    return fail(name, (error as Error).message)
  } finally {
    clearTimeout(timer)
  }
}

await step('npm start says it is running', () =>
  Promise.race([
    isRunning,
    exit.then(() => {
      throw new Error(`npm start exited (${exited}) before it was running`)
    }),
  ]),
)
await step('the API answers with articles', async () => {
  const response = await fetch(`http://localhost:${apiPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ articles(first: 3) { totalCount edges { node { id title } } } }' }),
  })
  const body = (await response.json()) as {
    data?: { articles: { totalCount: number; edges: Array<{ node: { title: string | null } }> } }
    errors?: unknown
  }
  if (!response.ok || !body.data)
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(body).slice(0, 300)}`)
  if (body.data.articles.edges.length === 0) throw new Error('the archive holds no articles')
  console.log(
    `smoke: ${body.data.articles.totalCount} articles; first: ${body.data.articles.edges[0]!.node.title}`,
  )
})
await step("the web app serves '/'", async () => {
  const response = await fetch(`http://localhost:${webPort}/`)
  const html = await response.text()
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`)
  if (!html.includes('Broadsheet')) throw new Error(`'/' does not name Broadsheet: ${html.slice(0, 200)}`)
})
await step('Ctrl-C stops everything', async () => {
  process.kill(-start.pid!, 'SIGINT')
  await exit
  // npm returns at once on SIGINT while its children shut down: give them the time a graceful stop takes.
  const deadline = Date.now() + 30_000
  while (groupAlive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250))
  if (groupAlive()) throw new Error('processes of npm start are still alive 30 s after Ctrl-C')
  const still = []
  for (const port of [apiPort, webPort, pgPort]) if (await listening(port)) still.push(port)
  if (still.length > 0) throw new Error(`still listening after Ctrl-C: ${still.join(', ')}`)
})
rmSync(dataDir, { recursive: true, force: true })
console.log(`smoke: the README's start works (${((Date.now() - started) / 1000).toFixed(0)} s)`)
