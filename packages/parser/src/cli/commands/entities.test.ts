import { describe, expect, test } from 'vitest'
import type { EntitySpan } from '../../types.ts'
import { entitiesCommand, runEntities } from './entities.ts'

async function run(input: string | Buffer[], convention?: 'full' | 'pku'): Promise<string[]> {
  let out = ''
  const chunks = typeof input === 'string' ? [input] : input
  const code = await runEntities(
    (async function* () {
      yield* chunks
    })(),
    (text) => (out += text),
    convention,
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
    expect(places((await run('中美两国\n', 'pku'))[0] ?? '')).toEqual([])
  })

  test('refuses other arguments, since documents come on stdin', async () => {
    const io = { stdout: () => undefined, stderr: () => undefined, stdin: () => (async function* () {})() }
    await expect(entitiesCommand.run(['file.txt'], io)).rejects.toThrow(/takes only --convention/)
    await expect(entitiesCommand.run(['--convention', 'msra'], io)).rejects.toThrow(/takes only/)
  })
})
