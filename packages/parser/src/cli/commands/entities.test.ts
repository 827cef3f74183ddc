import { readFileSync } from 'node:fs'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { describe, expect, test } from 'vitest'
import type { EntitySpan } from '../../types.ts'
import { recognizeDocumentEntities, recognizeEntities } from '../../entities/recognize-entities.ts'
import { entitiesCommand, runEntities } from './entities.ts'

const ARTICLE = sharedPath('corpus/epaper/2020-01/20200103/20200103-03-03.txt')

async function run(
  input: string | Buffer[],
  options: { convention?: 'full' | 'pku'; threshold?: number; documents?: boolean } = {},
): Promise<string[]> {
  let out = ''
  const chunks = typeof input === 'string' ? [input] : input
  const code = await runEntities(
    (async function* () {
      yield* chunks
    })(),
    (text) => (out += text),
    options,
  )
  expect(code).toBe(0)
  return out.split('\n').slice(0, -1)
}

describe('broadsheet entities', () => {
  test('prints one JSON array per input line with offsets into that line', async () => {
    const lines = await run('世界卫生组织总干事谭德塞说\n\n四川泸州市\r\n')
    expect(lines).toHaveLength(3)
    const first = JSON.parse(lines[0] ?? '') as EntitySpan[]
    expect(first.map((e) => [e.text, e.type])).toEqual([
      ['世界卫生组织', 'ORGANIZATION'],
      ['谭德塞', 'PERSON'],
    ])
    for (const e of first) expect('世界卫生组织总干事谭德塞说'.slice(e.start, e.end)).toBe(e.text)
    expect(lines[1]).toBe('[]')
    expect(JSON.parse(lines[2] ?? '')).toEqual([
      { text: '四川泸州市', type: 'LOCATION', start: 0, end: 5, canonical: 'LOCATION:泸州市' },
    ])
  })

  test('reads a last line without a newline and characters split across chunks', async () => {
    const bytes = Buffer.from('意大利和伊朗')
    expect(await run([bytes.subarray(0, 4), bytes.subarray(4)])).toEqual([
      '[{"text":"意大利","type":"LOCATION","start":0,"end":3,"canonical":"LOCATION:意大利"},' +
        '{"text":"伊朗","type":"LOCATION","start":4,"end":6,"canonical":"LOCATION:伊朗"}]',
    ])
  })

  test('tags abbreviations as places, or not with --convention pku, as the PKU corpus does', async () => {
    const places = (line: string) => (JSON.parse(line) as EntitySpan[]).map((e) => e.text)
    expect(places((await run('中美两国\n'))[0] ?? '')).toEqual(['中', '美'])
    expect(places((await run('中美两国\n', { convention: 'pku' }))[0] ?? '')).toEqual([])
  })

  // People's Daily, 2020-01-03, page 3 (../shared/corpus/epaper), one paragraph a line.
  test('finds with --threshold what recognizeEntities finds at that threshold: fewer at a higher one', async (context) => {
    context.skip(!hasShared)
    const paragraphs = readFileSync(ARTICLE, 'utf8')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
    const printed = async (threshold?: number) =>
      (await run(paragraphs.join('\n'), { threshold })).map((line) => JSON.parse(line) as EntitySpan[])
    const surer = await printed(0.9)
    expect(surer).toEqual(paragraphs.map((p) => recognizeEntities(p, { threshold: 0.9 })))
    const count = (found: EntitySpan[][]) => found.flat().length
    expect(count(surer)).toBeGreaterThan(0)
    expect(count(surer)).toBeLessThan(count(await printed()))
  })

  // People's Daily, 2020-01-04, page 1, and 2020-01-03, page 3: two articles, a blank line between them.
  test('reads the lines up to a blank line as one document with --documents, still one JSON array a line', async (context) => {
    context.skip(!hasShared)
    const lines = (path: string) =>
      readFileSync(sharedPath(`corpus/epaper/${path}`), 'utf8')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
    const first = lines('2020-01/20200104/20200104-01-01.txt')
    const second = lines('2020-01/20200103/20200103-03-03.txt')
    const printed = (await run([...first, '', ...second].join('\n'), { documents: true })).map(
      (line) => JSON.parse(line) as EntitySpan[],
    )
    expect(printed).toEqual([...recognizeDocumentEntities(first), [], ...recognizeDocumentEntities(second)])
    // Mongolia's president is found in every line that names him, as in the article read whole.
    const naming = first.flatMap((line, i) => (line.includes('巴特图勒嘎') ? [printed[i] ?? []] : []))
    expect(naming.length).toBeGreaterThanOrEqual(3)
    for (const found of naming) expect(found.map((e) => e.text)).toContain('巴特图勒嘎')
    const alone = await run(first.join('\n'))
    expect(alone.filter((line) => line.includes('巴特图勒嘎')).length).toBeLessThan(naming.length)
  })

  test('refuses other arguments, since documents come on stdin, naming what it got', async () => {
    const io = { stdout: () => undefined, stderr: () => undefined, stdin: () => (async function* () {})() }
    await expect(entitiesCommand.run(['file.txt'], io)).rejects.toThrow(
      /takes only --convention, --threshold and --documents/,
    )
    await expect(entitiesCommand.run(['--convention', 'msra'], io)).rejects.toThrow(
      'entities: --convention msra: expected full or pku',
    )
    for (const value of ['1', '0', 'high', '']) {
      await expect(entitiesCommand.run(['--threshold', value], io)).rejects.toThrow(
        `entities: --threshold ${value}: expected a probability above 0 and below 1`,
      )
    }
  })
})
