// Where things are: this app and the repository (the real data beside it is @broadsheet/shared-data's sharedDir).
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const repoDir = path.resolve(webDir, '../..')
