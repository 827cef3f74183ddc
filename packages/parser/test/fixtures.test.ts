// End-to-end fixtures: each folder's input.txt parses to its expected.json (UPDATE=1 rewrites them for review).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { describe, expect, test } from 'vitest'
import { parsePage } from '../src/index.ts'
import type { ParseOptions } from '../src/types.ts'
import { inputContent, lineRanges, outputContent } from './support/content-of.ts'

const root = new URL('./fixtures/', import.meta.url).pathname
const update = process.env.UPDATE === '1'

describe.each(readdirSync(root).sort())('fixture %s', (name) => {
  const dir = join(root, name)
  const input = readFileSync(join(dir, 'input.txt'), 'utf8')
  const { options } = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { options: ParseOptions }
  // Entities are the recognizer's business (#3); fixtures pin the layout alone.
  const parsed = parsePage(input, { ...options, entities: false })

  test('parses to its expected items', async () => {
    const expectedPath = join(dir, 'expected.json')
    if (update || !existsSync(expectedPath)) {
      // Written as the repo's Prettier formats it, so that `prettier --check` stays clean.
      const options = { ...(await resolveConfig(expectedPath)), filepath: expectedPath }
      writeFileSync(expectedPath, await format(JSON.stringify(parsed), options))
    }
    expect(parsed).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
  })

  test('keeps every Han character, digit and Latin letter exactly once', () => {
    expect(outputContent(parsed)).toBe(inputContent(input))
  })

  test('gives line ranges inside the input', () => {
    const count = input.split(/\r\n|\r|\n/u).length
    for (const [first, last] of lineRanges(parsed)) {
      expect(first).toBeGreaterThanOrEqual(1)
      expect(last).toBeLessThanOrEqual(count)
      expect(first).toBeLessThanOrEqual(last)
    }
  })
})
