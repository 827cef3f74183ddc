// Run one of the package's scripts as its npm script runs it, from the package folder.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const packageDir = fileURLToPath(new URL('../..', import.meta.url))

/** `scripts/<name>.ts` with `args`: its exit code and what it printed. */
export function runScript(
  name: string,
  ...args: string[]
): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['tsx', '--conditions=@broadsheet/source', `scripts/${name}.ts`, ...args], {
    cwd: packageDir,
    encoding: 'utf8',
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}
