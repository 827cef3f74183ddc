// The `broadsheet` CLI, run in-process through main() with captured output.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { CliIo } from '../src/cli/command.ts'
import { main } from '../src/cli.ts'

const fixtures = new URL('./fixtures/', import.meta.url).pathname
const seedTail = join(fixtures, 'seed-page-photo-and-commentary/input.txt')
const eedition = join(fixtures, 'eedition-leading-dateline-with-reporter/input.txt')

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: async function* () {},
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'broadsheet-cli-'))
}

describe('broadsheet parse', () => {
  test('prints one file as indented JSON, with the date given on the command line', async () => {
    const { code, stdout, stderr } = await run('parse', seedTail, '--date', '2020-03-13', '--page', '4')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^\{\n {2}"date": "2020-03-13",/u)
    const page = JSON.parse(stdout)
    expect(page.page).toBe(4)
    expect(page.items.map((i: { title: string }) => i.title)).toEqual([
      '众志所趋 心手相牵',
      '保障“空中课堂”覆盖贫困家庭学生',
      '打赢人民战争必须依靠群众',
    ])
    expect(page.items[2].dateline.date).toBe('2020-03-12')
  })

  test('prints several files as one JSON object per line', async () => {
    const { code, stdout } = await run('parse', seedTail, eedition)
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines.map((l) => JSON.parse(l).format)).toEqual(['page', 'eedition'])
  })

  test('infers date and page from an e-edition file name', async () => {
    const dir = scratch()
    const file = join(dir, '20200119-03-04.txt')
    copyFileSync(eedition, file)
    const page = JSON.parse((await run('parse', file)).stdout)
    expect([page.date, page.page, page.format]).toEqual(['2020-01-19', 3, 'eedition'])
    expect(page.items[0].dateline).toMatchObject({ agency: '本报', place: '北京', date: '2020-01-18' })
  })

  test('reads the meta file beside a page, and lets flags override it', async () => {
    const dir = scratch()
    const file = join(dir, 'page.txt')
    copyFileSync(seedTail, file)
    writeFileSync(
      join(dir, 'page.meta.json'),
      JSON.stringify({ date: '2020-03-13', publication: '人民日报', page: 2 }),
    )
    const fromMeta = JSON.parse((await run('parse', file)).stdout)
    expect([fromMeta.date, fromMeta.publication, fromMeta.page]).toEqual(['2020-03-13', '人民日报', 2])
    const overridden = JSON.parse((await run('parse', file, '--page', '7')).stdout)
    expect(overridden.page).toBe(7)
  })

  test('forces a format with --format', async () => {
    const page = JSON.parse((await run('parse', eedition, '--format', 'page')).stdout)
    expect(page.format).toBe('page')
  })
})

describe('broadsheet errors', () => {
  const oneLine = (stderr: string): void => {
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/^broadsheet: /u)
  }

  test('names a missing file and exits non-zero', async () => {
    const { code, stderr } = await run('parse', '/nonexistent/page.txt')
    expect(code).not.toBe(0)
    oneLine(stderr)
    expect(stderr).toContain('/nonexistent/page.txt: no such file')
  })

  test('refuses a binary file that is not a PDF', async () => {
    const file = join(scratch(), 'scan.tif')
    writeFileSync(file, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]))
    const { code, stderr } = await run('parse', file)
    expect(code).not.toBe(0)
    oneLine(stderr)
    expect(stderr).toContain('looks binary')
  })

  test('refuses a file that is not UTF-8', async () => {
    const file = join(scratch(), 'gbk.txt')
    writeFileSync(file, Buffer.from([0xd0, 0xc2, 0xbb, 0xaa, 0xc9, 0xe7, 0xff])) // 新华社 in GBK, and a stray byte
    const { code, stderr } = await run('parse', file)
    expect(code).not.toBe(0)
    oneLine(stderr)
    expect(stderr).toContain('not valid UTF-8')
  })

  test('refuses a date that is not a calendar date', async () => {
    const { code, stderr } = await run('parse', seedTail, '--date', '2020-02-30')
    expect(code).not.toBe(0)
    oneLine(stderr)
    expect(stderr).toContain('--date 2020-02-30')
  })

  test('refuses an unknown flag and an unknown command', async () => {
    const flag = await run('parse', seedTail, '--colour')
    expect(flag.code).not.toBe(0)
    oneLine(flag.stderr)
    expect(flag.stderr).toContain('--colour')
    const command = await run('frobnicate')
    expect(command.code).not.toBe(0)
    oneLine(command.stderr)
  })

  test('still prints the good files when one of several is missing', async () => {
    const { code, stdout, stderr } = await run('parse', seedTail, '/nonexistent.txt')
    expect(code).not.toBe(0)
    expect(stdout.trimEnd().split('\n')).toHaveLength(1)
    oneLine(stderr)
  })
})
