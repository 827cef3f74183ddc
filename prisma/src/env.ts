// Read and check the environment variables @broadsheet/db understands; nothing else in the package reads process.env.

/** The database settings taken from the environment. */
export interface DatabaseEnv {
  /** An existing PostgreSQL to use instead of the embedded one (`postgresql://user:pass@host:5432/db`). */
  databaseUrl: string | null
  /** Port of the embedded PostgreSQL started when `databaseUrl` is null. */
  embeddedPort: number
  /** Data directory of the embedded PostgreSQL, when not `<repo>/.data/postgres`. */
  embeddedDataDir: string | null
  /** The directory `npm run` was started in (npm's INIT_CWD), against which command-line paths resolve. */
  initCwd: string
}

/**
 * Parse the environment once, failing with a message that names the variable and the problem.
 *
 * @example readDatabaseEnv({ DATABASE_URL: 'postgresql://localhost/broadsheet' }).databaseUrl
 */
export function readDatabaseEnv(env: NodeJS.ProcessEnv = process.env): DatabaseEnv {
  const databaseUrl = env.DATABASE_URL?.trim() || null
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error(`DATABASE_URL must be a postgresql:// URL, got "${databaseUrl}"`)
  }
  const portText = env.BROADSHEET_PG_PORT?.trim() || '54329'
  const embeddedPort = Number(portText)
  if (!Number.isInteger(embeddedPort) || embeddedPort < 1 || embeddedPort > 65535) {
    throw new Error(`BROADSHEET_PG_PORT must be a port number (1-65535), got "${portText}"`)
  }
  const embeddedDataDir = env.BROADSHEET_PG_DATA?.trim() || null
  return { databaseUrl, embeddedPort, embeddedDataDir, initCwd: env.INIT_CWD?.trim() || process.cwd() }
}
