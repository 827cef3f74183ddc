// The training script, run as `npm run train:ner` runs it: a small model from a few real days (seconds, not the
// five minutes of the committed model), and the options it refuses.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hasShared } from '@broadsheet/shared-data'
import { afterAll, describe, expect, test } from 'vitest'
import { decodeModel } from '../src/ner/model-format.ts'
import { tagEntities } from '../src/ner/ner-model.ts'
import { loadPku } from '../scripts/corpus.ts'
import { runScript } from './support/run-script.ts'

const trainNer = (...args: string[]) => runScript('train-ner', ...args)

const scratch = mkdtempSync(join(tmpdir(), 'broadsheet-train-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('train:ner', () => {
  test('trains on one article in ten of days 1–3, learns from epoch to epoch, and writes a model the tagger reads', (context) => {
    context.skip(!hasShared)
    const out = join(scratch, 'tiny.bin')
    const { code, stdout, stderr } = trainNer(
      ...['--days', '4', '--validate', '1', '--every', '10', '--runs', '1'],
      ...['--epochs', '3', '--average-from', '2', '--clusters', '0', '--out', out],
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toMatch(/\b14 training articles \(days 1–3, one article in 10\)/u)
    // Validation F1 on day 4 after each epoch rises, to more than a third of the names (an untrained model finds
    // none).
    const f1 = [...stdout.matchAll(/epoch \d+: .* ALL (\d+\.\d+)$/gmu)].map((m) => Number(m[1]))
    expect(f1).toHaveLength(3)
    expect(f1[2]).toBeGreaterThan(f1[0] ?? 0)
    expect(f1[2]).toBeGreaterThan(35)

    const model = decodeModel(readFileSync(out))
    const day4 = loadPku().train.filter((a) => a.date.endsWith('04'))
    const found = day4.flatMap((a) => a.paragraphs.flatMap((p) => tagEntities(model, p.text)))
    expect(new Set(found.map((s) => s.type))).toEqual(new Set(['PERSON', 'LOCATION', 'ORGANIZATION']))
  }, 120_000)

  test('refuses an option out of range before it reads the corpus, naming the flag and what it expects', () => {
    const missing = join(scratch, 'missing', 'ner.bin')
    const cases: [string[], string][] = [
      [['--every', '0'], '--every 0: expected a whole number from 1 to 1000'],
      [['--days', '25'], '--days 25: expected a whole number from 2 to 24'],
      [['--validate', '4', '--days', '4'], '--validate 4: expected a whole number from 0 to 3'],
      [['--l2', 'x'], '--l2 x: expected a number from 0 to 1'],
      [['--trainer', 'svm'], '--trainer svm: expected crf or perceptron'],
      [['--out', missing], `--out ${missing}: expected a file in a folder that exists`],
    ]
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = trainNer(...args)
      expect(code).toBe(2)
      expect(stderr).toContain(`train-ner: ${message}`)
      expect(stdout).toBe('')
    }
    expect(existsSync(join(scratch, 'missing'))).toBe(false)
  }, 120_000)
})
