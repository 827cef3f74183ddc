// Serve the schema over HTTP: Apollo behind a node:http server that drains cleanly on stop().
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer'
import { bearerToken, createContext } from '@broadsheet/schema'
import type { PrismaClient } from '@broadsheet/db'
import { createApolloServer } from './apollo.ts'
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
  const httpServer = createServer()
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }))
  await apollo.start()
  const inFlight = new Set<Promise<void>>()
  httpServer.on(
    'request',
    createRequestListener(
      apollo,
      async (req) =>
        createContext({ prisma, token: bearerToken(req.headers.authorization), ingestToken: env.apiToken }),
      inFlight,
    ),
  )
  await new Promise<void>((resolve) => httpServer.listen(env.port, resolve))
  const { port } = httpServer.address() as AddressInfo
  return {
    url: `http://localhost:${port}/graphql`,
    stop: async () => {
      await apollo.stop()
      // Apollo's drain waits for open connections; a request whose client hung up has none, but its resolvers
      // may still be running. They end within the statement timeout.
      await Promise.allSettled([...inFlight])
    },
  }
}
