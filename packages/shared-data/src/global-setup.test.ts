import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

// Run the setup in a child process, as vitest does, with the data directory pointed somewhere empty.
function setupWith(env: Record<string, string>): { ok: boolean; stderr: string } {
  const script = `import check from '${fileURLToPath(new URL('./global-setup.ts', import.meta.url))}'; check()`
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })
  return { ok: child.status === 0, stderr: child.stderr }
}

test('without the shared data, tests outside CI run with one notice naming what is missing', () => {
  const result = setupWith({ BROADSHEET_SHARED_DIR: '/nonexistent/shared', CI: 'false' })
  expect(result.ok).toBe(true)
  expect(result.stderr).toContain('notice: /nonexistent/shared')
  expect(result.stderr).toContain('the tests that read it are skipped')
})

test('without the shared data under CI=true, setup fails with one message naming the directory', () => {
  const result = setupWith({ BROADSHEET_SHARED_DIR: '/nonexistent/shared', CI: 'true' })
  expect(result.ok).toBe(false)
  expect(result.stderr).toContain('/nonexistent/shared')
  expect(result.stderr).toContain('CI runs every test on it')
})
