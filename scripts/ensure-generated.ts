// Generate what the code imports but git does not hold (the Prisma client and Pothos's types, from
// prisma/schema.prisma) when it is missing or older than the schema, so every root command works on a fresh clone.
// Offline: `prisma generate` is pointed at an existing file for its native engine (see prisma/package.json).
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const schema = `${root}prisma/schema.prisma`
const outputs = [`${root}prisma/generated/prisma/client.ts`, `${root}prisma/generated/pothos-types.ts`]

const stale = outputs.filter((file) => !existsSync(file) || statSync(file).mtimeMs < statSync(schema).mtimeMs)
if (stale.length > 0) {
  console.log('Generating the Prisma client and Pothos types from prisma/schema.prisma…')
  const npm = process.env.npm_execpath
  const [command, args] = npm ? [process.execPath, [npm]] : ['npm', []]
  const run = spawnSync(command, [...args, 'run', 'generate', '--silent', '-w', '@broadsheet/db'], {
    cwd: root,
    encoding: 'utf8',
  })
  const missing = outputs.filter((file) => !existsSync(file))
  if (run.status !== 0 || missing.length > 0) {
    console.error(`${run.stdout}${run.stderr}`.trim().split('\n').slice(-20).join('\n'))
    console.error(
      `Could not generate the Prisma client (${missing.length > 0 ? `missing: ${missing.join(', ')}` : `exit ${run.status}`}).` +
        ' Run `npm run generate` to see why.',
    )
    process.exit(1)
  }
}
