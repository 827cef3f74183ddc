// Start a throwaway archive to look at by hand: a test database loaded with the e2e corpus (`test`), every file
// (`full`) or nothing (`empty`), the API and the built web app. Stop with Ctrl-C.
// Run: tsx --conditions=@broadsheet/source scripts/serve-archive.ts [test|full|empty]
import { fullCorpus, testCorpus } from '../test/support/corpus.ts'
import { buildWeb, startSystem } from '../test/support/system.ts'

const which = process.argv[2] ?? 'test'
const paths = which === 'full' ? fullCorpus() : which === 'empty' ? [] : testCorpus()
await buildWeb()
const system = await startSystem(paths)
console.log(`web ${system.webUrl}\napi ${system.apiUrl}\ndatabase ${system.database.url}`)

async function shutdown() {
  await system.stop()
  process.exit(0)
}
process.once('SIGINT', () => void shutdown())
process.once('SIGTERM', () => void shutdown())
