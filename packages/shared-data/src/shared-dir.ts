// Where ../shared is: the real newspaper data beside the repository, described in its DATA.md.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** `../shared` beside the repository, or `BROADSHEET_SHARED_DIR` when set. */
export const sharedDir = process.env.BROADSHEET_SHARED_DIR ?? path.resolve(repoDir, '../shared')

/** Whether the shared data is there: its DATA.md marks it. */
export const hasShared = existsSync(path.join(sharedDir, 'DATA.md'))

/**
 * A path inside the shared data.
 *
 * @example sharedPath('pages/000_c2a65b4d6f57a7a3.txt')
 */
export function sharedPath(relative: string): string {
  return path.join(sharedDir, relative)
}
