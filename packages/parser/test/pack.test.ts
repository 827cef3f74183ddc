// The published package works outside the monorepo: pack it, install the tarball into a scratch project, run
// its bin and import it.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'

const packageDir = new URL('..', import.meta.url).pathname
const scratch = mkdtempSync(join(tmpdir(), 'broadsheet-pack-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

test(
  'installs from its npm pack tarball and runs its bin and API in a scratch project',
  { timeout: 240_000 },
  () => {
    execFileSync('npm', ['pack', '--pack-destination', scratch, '--silent'], {
      cwd: packageDir,
      stdio: 'pipe',
    })
    const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'))
    expect(tarball).toBeDefined()

    const project = join(scratch, 'project')
    mkdirSync(project)
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'scratch', private: true, type: 'module' }),
    )
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(scratch, tarball!)], {
      cwd: project,
      stdio: 'pipe',
    })

    const page = join(project, 'page.txt')
    copyFileSync(new URL('./fixtures/seed-page-photo-and-commentary/input.txt', import.meta.url), page)
    const printed = execFileSync(
      join(project, 'node_modules/.bin/broadsheet'),
      ['parse', page, '--date', '2020-03-13'],
      {
        cwd: project,
        encoding: 'utf8',
      },
    )
    expect(JSON.parse(printed).items.map((i: { kind: string }) => i.kind)).toEqual([
      'article',
      'photo',
      'commentary',
    ])

    writeFileSync(
      join(project, 'use.mjs'),
      "import { parsePage } from '@broadsheet/parser'\n" +
        "const page = parsePage('打赢人民战争必须依靠群众\\n\\n□新华社评论员\\n\\n做好群众工作。\\n', { entities: false })\n" +
        'console.log(JSON.stringify(page.items[0]))\n',
    )
    const item = JSON.parse(execFileSync('node', ['use.mjs'], { cwd: project, encoding: 'utf8' }))
    expect(item).toMatchObject({ kind: 'commentary', title: '打赢人民战争必须依靠群众' })
    expect(item.bylines[0]).toMatchObject({ role: '评论员' })
  },
)
