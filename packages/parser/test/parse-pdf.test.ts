// parsePdf on real page PDFs: a committed fixture printed by Chromium from e-edition stories, and bad input.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { CliIo } from '../src/cli/command.ts'
import { main } from '../src/cli.ts'
import { parsePdf, PdfError } from '../src/pdf/index.ts'

const fixture = new URL('./fixtures-pdf/photo-beside-two-articles.pdf', import.meta.url).pathname
const gold = JSON.parse(readFileSync(fixture.replace(/\.pdf$/u, '.gold.json'), 'utf8')) as {
  date: string
  items: { kind: string; kicker: string | null; title: string; credit: string | null; paragraphs: string[] }[]
}
const bytes = new Uint8Array(readFileSync(fixture))
const squash = (s: string): string => s.replace(/\s+/gu, '')
const hasQpdf = (() => {
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'pipe' })
    return true
  } catch {
    return false
  }
})()

describe('parsePdf on a page of two articles, a boxed two-column article and a photo', () => {
  test('reads every item in reading order with its kicker, title, kind and credit', async () => {
    const [page] = await parsePdf(bytes, { date: gold.date, entities: false })
    expect(page!.format).toBe('pdf')
    expect(page!.items.map((i) => [i.kind, i.kicker, i.title, i.credit])).toEqual(
      gold.items.map((i) => [i.kind, i.kicker, i.title, i.credit]),
    )
  })

  test('sets each item’s paragraphs from indents, across the columns of the boxed article', async () => {
    const [page] = await parsePdf(bytes, { date: gold.date, entities: false })
    page!.items.forEach((item, i) => {
      const paragraphs = item.sections.flatMap((s) => s.paragraphs.map((p) => squash(p.text)))
      expect(paragraphs.length).toBe(gold.items[i]!.paragraphs.length)
      // The glyph of 户 that Chromium embeds maps back to 戶: compare the paragraphs' starts, not that glyph.
      expect(paragraphs.map((p) => p.slice(0, 12))).toEqual(
        gold.items[i]!.paragraphs.map((p) => squash(p).slice(0, 12)),
      )
    })
  })

  test('resolves datelines against the page date and leaves no page furniture in items', async () => {
    const [page] = await parsePdf(bytes, { date: gold.date, page: 4 })
    expect(page!.page).toBe(4)
    expect(page!.items[1]!.dateline).toMatchObject({ agency: '新华社', date: '2020-01-01' })
  })

  test('does not detach the caller’s buffer', async () => {
    const copy = bytes.slice()
    await parsePdf(copy, { entities: false })
    expect(copy.length).toBe(bytes.length)
  })
})

describe('parsePdf refuses what it cannot read with one PdfError naming the problem', () => {
  const refusal = async (input: Uint8Array, options = {}): Promise<PdfError> => {
    try {
      await parsePdf(input, options)
    } catch (error) {
      if (error instanceof PdfError) return error
      throw error
    }
    throw new Error('parsePdf accepted bad input')
  }

  test('an empty file', async () => {
    expect(await refusal(new Uint8Array())).toMatchObject({
      code: 'empty',
      message: 'the file is empty (0 bytes)',
    })
  })

  test('a file that is not a PDF', async () => {
    expect((await refusal(new TextEncoder().encode('新华社北京1月1日电'))).code).toBe('not-pdf')
  })

  test('a damaged PDF (cut short)', async () => {
    expect((await refusal(bytes.subarray(0, 4000))).code).toBe('damaged')
  })

  test('a PDF over the size limit, refused before it is read', async () => {
    const error = await refusal(bytes, { maxBytes: 10_000 })
    expect(error.code).toBe('too-large')
    expect(error.message).toMatch(/over the 0 MB limit/u)
  })

  test.skipIf(!hasQpdf && process.env.CI !== 'true')(
    'a PDF encrypted with a password (made with qpdf)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'broadsheet-pdf-'))
      const encrypted = join(dir, 'encrypted.pdf')
      execFileSync('qpdf', ['--encrypt', 'reader', 'owner', '256', '--', fixture, encrypted])
      expect((await refusal(new Uint8Array(readFileSync(encrypted)))).code).toBe('encrypted')
    },
  )

  test.skipIf(!hasQpdf && process.env.CI !== 'true')(
    'a PDF whose objects qpdf damaged beyond repair',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'broadsheet-pdf-'))
      const plain = join(dir, 'plain.pdf')
      execFileSync('qpdf', ['--qdf', '--object-streams=disable', fixture, plain])
      // Overwrite the middle of every stream and the cross-reference table: nothing is left to read.
      const text = readFileSync(plain)
      for (let i = 200; i < text.length; i += 97) text[i] = 0x23
      writeFileSync(plain, text)
      const outcome = await parsePdf(new Uint8Array(readFileSync(plain)), { entities: false }).then(
        (pages) => pages,
        (error: unknown) => error,
      )
      // pdf.js repairs what it can: the outcome is a clear refusal or the pages it could read, never another error.
      expect(outcome instanceof PdfError || Array.isArray(outcome)).toBe(true)
      if (outcome instanceof PdfError) expect(outcome.code).toBe('damaged')
    },
  )
})

describe('broadsheet parse page.pdf', () => {
  async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = ''
    let stderr = ''
    const io: CliIo = {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      stdin: async function* () {},
    }
    return { code: await main(argv, io), stdout, stderr }
  }

  test('prints one JSON object per PDF page', async () => {
    const { code, stdout } = await run('parse', fixture, '--date', '2020-01-02')
    expect(code).toBe(0)
    const lines = stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'pdf', date: '2020-01-02' })
  })

  test('names the file and the problem for an empty PDF, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-pdf-'))
    writeFileSync(join(dir, 'empty.pdf'), '')
    const { code, stderr } = await run('parse', join(dir, 'empty.pdf'))
    expect(code).toBe(1)
    expect(stderr).toBe(`broadsheet: ${join(dir, 'empty.pdf')}: the file is empty (0 bytes)\n`)
    expect(existsSync(join(dir, 'empty.pdf'))).toBe(true)
  })
})
