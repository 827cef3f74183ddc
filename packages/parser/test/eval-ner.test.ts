// The evaluation script, run as `npm run eval:ner` runs it, on two training days (quick, and never the held-out ones
// unless asked).
import { hasShared } from '@broadsheet/shared-data'
import { describe, expect, test } from 'vitest'
import { runScript } from './support/run-script.ts'

const evalNer = (...args: string[]) => runScript('eval-ner', ...args)

describe('eval:ner', () => {
  test('scores each day on its own with --by-day, and the days add up to the whole', (context) => {
    context.skip(!hasShared)
    const { code, stdout, stderr } = evalNer('--days', '23-24', '--by-day', '--decimals', '2')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const overall = /^\| overall \((\d+)\) \| (.+) \|$/mu.exec(stdout)
    const days = [...stdout.matchAll(/^\| (\d+) \| (\d+) \| (.+) \|$/gmu)]
    expect(days.map((m) => Number(m[1]))).toEqual([23, 24])
    expect(days.reduce((n, m) => n + Number(m[2]), 0)).toBe(Number(overall?.[1]))
    for (const m of days) {
      const f1 = (m[3] ?? '').split(' | ').map(Number)
      expect(f1).toHaveLength(4) // jieba, the tagger, recognizeEntities, document mode
      for (const x of f1) expect(x).toBeGreaterThan(40)
      for (const x of f1) expect(x).toBeLessThan(100)
      // Two decimals, as asked.
      expect((m[3] ?? '').split(' | ').every((cell) => /^\d+\.\d\d$/u.test(cell))).toBe(true)
    }
  }, 120_000)

  test('refuses a held-out day in --days and a --decimals out of range, naming the flag', () => {
    const heldOut = evalNer('--days', '24-25')
    expect(heldOut.code).toBe(2)
    expect(heldOut.stderr).toMatch(/--days 24-25: expected FROM-TO within training days 1–24/u)
    const decimals = evalNer('--decimals', '9')
    expect(decimals.code).toBe(2)
    expect(decimals.stderr).toMatch(/--decimals 9: expected a whole number from 0 to 4/u)
  }, 120_000)
})
