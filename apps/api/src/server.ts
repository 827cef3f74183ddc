// Serve the schema over HTTP: Apollo behind a node:http server that drains cleanly on stop().
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { bearerToken, createContext } from '@broadsheet/schema'
import { createPagePlanner, type PrismaClient } from '@broadsheet/db'
import { createApolloServer } from './apollo.ts'
import { closeGracefully } from './close-gracefully.ts'
import type { Env } from './env.ts'
import { createRequestListener } from './http.ts'

export interface RunningServer {
  url: string
  /**
   * Stops accepting requests, lets in-flight ones finish (also those whose client has gone), and closes the server
   * (not the Prisma pool).
   */
  stop(): Promise<void>
}

/**
 * Start the API on `env.port` (0 picks a free port).
 *
 * @example const server = await startServer({ prisma, env: readEnv() }); console.log(server.url)
 */
export async function startServer({
  prisma,
  env,
}: {
  prisma: PrismaClient
  env: Env
}): Promise<RunningServer> {
  const apollo = createApolloServer(env)
  // Ingest parses on worker threads, so that a page being read never holds up the reads around it.
  const planner = env.apiToken ? createPagePlanner({ threads: env.ingestThreads }) : null
  const httpServer = createServer()
  const close = closeGracefully(httpServer)
  await apollo.start()
  const inFlight = new Set<Promise<void>>()
  httpServer.on(
    'request',
    createRequestListener(
      apollo,
      async (req) =>
        createContext({
          prisma,
          token: bearerToken(req.headers.authorization),
          ingestToken: env.apiToken,
          planner,
        }),
      inFlight,
      { prisma, apiToken: env.apiToken },
    ),
  )
  await new Promise<void>((resolve) => httpServer.listen(env.port, resolve))
  const { port } = httpServer.address() as AddressInfo
  return {
    url: `http://localhost:${port}/graphql`,
    stop: async () => {
      await close()
      // The connections are closed, but a request whose client hung up may still be running its resolvers. They
      // end within the statement timeout.
      await Promise.allSettled([...inFlight])
      await apollo.stop()
      await planner?.close()
    },
  }
}
