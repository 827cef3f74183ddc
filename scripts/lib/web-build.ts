// Whether the web app's production build is current, so `npm start` builds on the first start and after a change,
// and never serves a build older than its sources (as after a `git pull`).
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const SOURCES = ['app', 'src', 'public', 'proxy.ts', 'next.config.ts', 'package.json']

function newestMtime(file: string): number {
  if (!existsSync(file)) return 0
  const stat = statSync(file)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(file).reduce((newest, name) => Math.max(newest, newestMtime(path.join(file, name))), 0)
}

/** True when `.next/BUILD_ID` exists and is newer than every source file of the app in `webDir`. */
export function webBuildIsCurrent(webDir: string): boolean {
  const buildId = path.join(webDir, '.next', 'BUILD_ID')
  if (!existsSync(buildId)) return false
  const built = statSync(buildId).mtimeMs
  return SOURCES.every((source) => newestMtime(path.join(webDir, source)) <= built)
}
