// Where things are: this app, the repository, and the shared real data beside it.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const repoDir = path.resolve(webDir, '../..')
export const sharedDir = process.env.BROADSHEET_SHARED_DIR ?? path.resolve(repoDir, '../shared')
