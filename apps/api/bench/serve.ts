// Serve the API (or, with argument `naive`, its naive peer) on a free port, for bench.ts to drive from another
// process. Each runs in its own process so that one's backlog never slows the other.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createPrismaClient } from '@broadsheet/db'
import { createContext } from '@broadsheet/schema'
import { createApolloServer } from '../src/apollo.ts'
import { readEnv } from '../src/env.ts'
import { createRequestListener } from '../src/http.ts'
import { createNaiveSchema } from './naive-schema.ts'

const url = process.env.DATABASE_URL
if (!url) throw new Error('DATABASE_URL is required')
// Sized as the API sizes its pool (BROADSHEET_DB_POOL_SIZE, or twice the cores).
const env = readEnv()
const prisma = createPrismaClient(url, { poolSize: env.dbPoolSize, heavyPoolSize: env.dbHeavyPoolSize })

async function serve(schema?: ReturnType<typeof createNaiveSchema>): Promise<string> {
  const apollo = createApolloServer({ production: true, introspection: false, schema })
  await apollo.start()
  const server = createServer(createRequestListener(apollo, async () => createContext({ prisma })))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`
}

console.log(await serve(process.argv[2] === 'naive' ? createNaiveSchema() : undefined))
process.on('SIGTERM', () => void prisma.$disconnect().then(() => process.exit(0)))
