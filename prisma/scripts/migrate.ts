// Apply the committed migrations: to DATABASE_URL when set, otherwise to the embedded PostgreSQL under .data/postgres.
import { startDatabase } from '../src/start-database.ts'

const database = await startDatabase()
console.log('The database is up to date.')
await database.stop()
