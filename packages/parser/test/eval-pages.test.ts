// eval:pages scores pages as ../shared/tools/score-pages.py does: the same figures on the same pages.
import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { afterAll, describe, expect, test } from 'vitest'
import { runScript } from './support/run-script.ts'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'broadsheet-eval-pages-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A folder holding every `step`-th page of a dev-pages month, with its gold. */
function samplePages(month: string, step: number): string {
  const from = sharedPath(`dev-pages/${month}`)
  const dir = join(scratch, month)
  spawnSync('mkdir', ['-p', dir])
  const names = readdirSync(from)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  names.forEach((name, i) => {
    if (i % step !== 0) return
    copyFileSync(join(from, name), join(dir, name))
    copyFileSync(
      join(from, name.replace(/\.txt$/u, '.gold.json')),
      join(dir, name.replace(/\.txt$/u, '.gold.json')),
    )
  })
  return dir
}

describe.skipIf(!hasShared)('eval:pages', () => {
  test('prints the reference scorer’s figures for the same pages, folder by folder and overall', () => {
    const dirs = [samplePages('2020-01', 20), samplePages('2020-02', 20)]
    // The reference scorer runs the CLI once a page; this one runs the source through tsx.
    const cli = join(scratch, 'broadsheet')
    writeFileSync(
      cli,
      `#!/bin/sh\ncd '${packageDir}' && exec node --import tsx --conditions=@broadsheet/source src/cli.ts "$@"\n`,
    )
    chmodSync(cli, 0o755)
    const reference = spawnSync('python3', [sharedPath('tools/score-pages.py'), '--cli', cli, ...dirs], {
      encoding: 'utf8',
    })
    expect(reference.stderr).toBe('')
    const ours = runScript('eval-pages', ...dirs)
    expect(ours.code).toBe(0)
    const lines = (out: string): string[] => out.trim().split('\n')
    expect(lines(ours.stdout)).toEqual(lines(reference.stdout))
    expect(lines(ours.stdout)).toHaveLength(3)
  }, 600_000)

  test('refuses a bad record label before it reads any page', () => {
    const { code, stderr } = runScript('eval-pages', '--record', 'Dev Pages', scratch)
    expect(code).toBe(2)
    expect(stderr).toContain('eval-pages: --record Dev Pages: a label is kebab-case')
  })
})
