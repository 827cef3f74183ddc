// The committed layout model (src/layout/layout.model.json) is what train:layout makes from its recipe, training is
// reproducible, and the model reads simulated pages of a month it never saw.
import { readFileSync } from 'node:fs'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { describe, expect, test } from 'vitest'
import { decodeLayoutModel, type LayoutModelFile } from '../src/layout/layout-model.ts'
import { parseText } from '../src/parse-text.ts'
import { encodePage } from '../scripts/pages/encode-page.ts'
import { addTally, emptyTally, paragraphF1, scorePage } from '../scripts/pages/score-page.ts'
import { simulateMonth } from '../scripts/pages/simulate-month.ts'
import {
  MODEL_PATH,
  modelFileText,
  RECIPE,
  trainingPages,
  trainingPairs,
  trainLayoutModel,
} from '../scripts/train-layout.ts'

const committed = readFileSync(MODEL_PATH, 'utf8')

test('the committed model was made by the recipe train:layout follows, for the features the parser reads', () => {
  const file = JSON.parse(committed) as LayoutModelFile
  expect(file.recipe).toEqual(RECIPE)
  expect(() => decodeLayoutModel(file)).not.toThrow()
})

describe.skipIf(!hasShared)('training the layout model', () => {
  test('gives the same model twice from the same pages and seed', () => {
    const recipe = { ...RECIPE, variants: 1, epochs: 2 }
    const pages = trainingPages(recipe).slice(0, 40)
    const pairs = trainingPairs(recipe)
    const encoded = pages.map((p) => encodePage(p.page, pairs))
    const first = modelFileText(trainLayoutModel(encoded, pairs, recipe), recipe)
    const second = modelFileText(trainLayoutModel(encoded, pairs, recipe), recipe)
    expect(second).toBe(first)
    expect(first).not.toBe(committed)
  }, 300_000)

  // The whole recipe: a few minutes of CPU. A change to the simulator, the features or the patterns they read makes
  // this fail until `npm run train:layout -w @broadsheet/parser` writes the model again.
  test('rebuilds the committed model byte for byte from its recipe', () => {
    const pairs = trainingPairs(RECIPE)
    const encoded = trainingPages(RECIPE).map((p) => encodePage(p.page, pairs))
    expect(modelFileText(trainLayoutModel(encoded, pairs, RECIPE), RECIPE)).toBe(committed)
  }, 1_800_000)

  test('reads simulated pages of February, a month it was never trained on', () => {
    const pages = simulateMonth(sharedPath('corpus/epaper/2020-02'), {
      seed: 2,
      paperShare: 0.25,
      variants: 1,
      limit: 30,
    })
    const tally = emptyTally()
    for (const { page } of pages) {
      const parsed = parseText(page.text, { date: page.gold.date, page: page.gold.page, entities: false })
      addTally(tally, scorePage(page.gold, parsed, page.text).tally)
    }
    expect(tally.pages).toBe(30)
    expect(tally.blocks / tally.items).toBeGreaterThan(0.85)
    expect(paragraphF1(tally).f).toBeGreaterThan(0.75)
    expect(tally.conserveAllOk).toBe(tally.pages)
  }, 300_000)
})
