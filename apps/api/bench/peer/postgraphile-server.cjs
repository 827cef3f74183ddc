// The peer of the API bench: PostGraphile 5 (Amber preset) serving the same database, as a team that already has a
// PostgreSQL archive would run it. Runs on Node 22 (PostGraphile 5 needs it) as a child process of bench.ts, with
// its packages installed under .data/peer (see install-peer.ts). Prints its URL on the first line of stdout.
// Usage: node postgraphile-server.cjs <peerDir> <databaseUrl> <poolSize>
'use strict'
const { createServer } = require('node:http')
const { createRequire } = require('node:module')
const path = require('node:path')

const [peerDir, connectionString, poolSize] = process.argv.slice(2)
const load = createRequire(path.join(peerDir, 'package.json'))
const { postgraphile } = load('postgraphile')
const { PostGraphileAmberPreset } = load('postgraphile/presets/amber')
const { makePgService } = load('postgraphile/adaptors/pg')
const { grafserv } = load('postgraphile/grafserv/node')

const preset = {
  extends: [PostGraphileAmberPreset],
  // By default only a column that leads an index can order a list; the reads order pages by number and articles by
  // position, which lead none (they sit inside composite keys), so let every column order, as a team would.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [
    makePgService({ connectionString, schemas: ['public'], poolConfig: { max: Number(poolSize) || 4 } }),
  ],
  grafserv: { graphqlPath: '/graphql', watch: false, graphiql: false },
  grafast: { explain: false },
}

async function main() {
  const pgl = postgraphile(preset)
  const serv = pgl.createServ(grafserv)
  const server = createServer()
  server.on('error', (error) => {
    console.error(error)
    process.exit(1)
  })
  serv.addTo(server)
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  console.log(`http://127.0.0.1:${server.address().port}/graphql`)
  process.on('SIGTERM', () => {
    server.close()
    Promise.resolve(pgl.release()).then(() => process.exit(0))
  })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
