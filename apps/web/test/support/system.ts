// The whole system for a browser test: a seeded throwaway PostgreSQL, the API on a free port, and this web app
// (production build) on another, all real, none mocked.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { ARCHIVE_SHARED_BUFFERS, createTestDatabase, type TestDatabase } from '@broadsheet/db'
import { loadArchive } from './archive.ts'
import { repoDir, webDir } from './paths.ts'
import { type Child, freePort, run, startChild, waitForHttp } from './processes.ts'

export { webDir }
const apiDir = path.join(repoDir, 'apps/api')
const bin = (name: string) => path.join(repoDir, 'node_modules/.bin', name)

export interface RunningSystem {
  webUrl: string
  apiUrl: string
  database: TestDatabase
  /** Articles in the archive. */
  articles: number
  stop(): Promise<void>
}

const quiet = { NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' }

/**
 * Build the web app unless a build is already there and `BROADSHEET_WEB_REUSE_BUILD=1` says to keep it (handy
 * while iterating; CI always builds).
 */
export async function buildWeb(): Promise<void> {
  if (process.env.BROADSHEET_WEB_REUSE_BUILD === '1' && existsSync(path.join(webDir, '.next/BUILD_ID')))
    return
  await run('npm', ['run', 'build'], { cwd: webDir, env: { ...process.env, ...quiet } })
}

/** Start the database (seeded with `paths`), the API and the web app; `stop()` ends them in reverse order. */
export async function startSystem(paths: readonly string[]): Promise<RunningSystem> {
  // Sized as `npm start` sizes the archive's server: the bench loads the full corpus through this.
  const database = await createTestDatabase({ sharedBuffers: ARCHIVE_SHARED_BUFFERS })
  const children: Child[] = []
  const stop = async () => {
    for (const child of children.reverse()) await child.stop()
    await database.stop()
  }
  try {
    const { articles } = await loadArchive(database.prisma, paths)

    const apiPort = await freePort()
    const api = startChild(bin('tsx'), ['--conditions=@broadsheet/source', 'src/main.ts'], {
      cwd: apiDir,
      env: {
        ...process.env,
        ...quiet,
        NODE_ENV: 'production',
        BROADSHEET_INTROSPECTION: '1',
        DATABASE_URL: database.url,
        PORT: String(apiPort),
      },
    })
    children.push(api)
    const apiUrl = `http://localhost:${apiPort}/graphql`
    await waitForHttp(`http://localhost:${apiPort}/healthz`, api)

    const webPort = await freePort()
    const web = startChild(bin('next'), ['start', '--port', String(webPort), '--hostname', '127.0.0.1'], {
      cwd: webDir,
      env: { ...process.env, ...quiet, NODE_ENV: 'production', BROADSHEET_API_URL: apiUrl },
    })
    children.push(web)
    const webUrl = `http://127.0.0.1:${webPort}`
    await waitForHttp(`${webUrl}/api/graphql`, web)
    return { webUrl, apiUrl, database, articles, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
