// `npm start`: bring the whole archive up (database, first-run seed, API on :4000, web on :3000) and take it down on Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import {
  createPrismaClient,
  createProgressReporter,
  demoSeedPaths,
  seed,
  startDatabase,
} from '@broadsheet/db'
import { readStartEnv } from './lib/start-env.ts'
import { webBuildIsCurrent } from './lib/web-build.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const { apiPort, webPort, corpus } = readEnvOrExit()
const webDir = `${root}/apps/web`
const next = `${root}/node_modules/.bin/next`
const children: ChildProcess[] = []
let stopping = false

const startedAt = performance.now()
const quietEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' }
// The build reads no data (every page renders per request), so it runs while the database starts and loads.
const webBuild = webBuildIsCurrent(webDir) ? Promise.resolve() : buildWeb()
webBuild.catch(() => {}) // awaited below; a failure is reported there
const db = await startDatabase().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
process.once('SIGINT', () => void shutdown(0))
process.once('SIGTERM', () => void shutdown(0))

try {
  await seedOnFirstStart(db.url)
  const env = { ...quietEnv, DATABASE_URL: db.url }
  const api = run(
    'api',
    process.execPath,
    ['--import', 'tsx', '--conditions=@broadsheet/source', 'apps/api/src/main.ts'],
    {
      ...env,
      PORT: String(apiPort),
    },
  )
  const apiUrl = `http://localhost:${apiPort}/graphql`
  await waitForHttp(apiUrl, api)
  const webEnv = { ...env, BROADSHEET_API_URL: apiUrl, PORT: String(webPort) }
  await webBuild
  const web = run('web', next, ['start', '--port', String(webPort)], webEnv, { quiet: true, cwd: webDir })
  await waitForHttp(`http://localhost:${webPort}/`, web)
  console.log(`
Broadsheet is running (ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s).
  Web app      http://localhost:${webPort}/
  GraphQL API  ${apiUrl}
  Playground   http://localhost:${webPort}/playground
  Database     ${db.label}
Press Ctrl-C to stop.`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  await shutdown(1)
}

function readEnvOrExit(): ReturnType<typeof readStartEnv> {
  try {
    return readStartEnv()
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}

/** Seed on the first start only: an archive with articles in it is left as it is. */
async function seedOnFirstStart(url: string): Promise<void> {
  const prisma = createPrismaClient(url, { poolSize: 4 })
  try {
    if ((await prisma.article.count()) > 0) {
      console.log('The archive already holds articles; skipping the seed (run `npm run seed` to load more).')
      return
    }
    console.log(
      corpus === 'demo'
        ? 'First start: loading the demo sample (BROADSHEET_CORPUS=demo)…'
        : 'First start: loading the archive (pages, e-edition months, PKU 1998 and the demo sample)…',
    )
    const progress = createProgressReporter()
    const paths = corpus === 'demo' ? demoSeedPaths() : undefined
    const report = await seed(prisma, paths, { onProgress: progress.update })
    progress.done()
    console.log(
      `Loaded ${report.articles} articles from ${report.files} files in ${(report.elapsedMs / 1000).toFixed(0)} s.`,
    )
    for (const failure of report.failures)
      console.warn(`  could not load ${failure.file}:${failure.line}: ${failure.reason}`)
  } finally {
    await prisma.$disconnect()
  }
}

function run(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options = { quiet: false, cwd: root },
) {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env,
    stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'inherit'],
  })
  children.push(child)
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping.`)
      void shutdown(1)
    }
  })
  return child
}

/** `next build`, its output kept and shown only if it fails. */
function buildWeb(): Promise<void> {
  console.log('Building the web app (on the first start, and after its sources change)…')
  const child = spawn(next, ['build'], { cwd: webDir, env: quietEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  const output: string[] = []
  for (const stream of [child.stdout, child.stderr])
    stream.on('data', (chunk: Buffer) => output.push(String(chunk)))
  return new Promise((resolve, reject) =>
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve()
      const tail = output.join('').trim().split('\n').slice(-30).join('\n')
      reject(new Error(`Building the web app failed (${signal ?? code}):\n${tail}`))
    }),
  )
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${child.spawnargs.join(' ')} exited before answering on ${url}`)
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
  }
  throw new Error(`Nothing answered on ${url} within ${timeoutMs / 1000} s`)
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return
  stopping = true
  console.log('\nStopping…')
  await Promise.all(
    children
      .filter((child) => child.exitCode === null)
      .map((child) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')))),
  )
  await db.stop()
  process.exit(code)
}
