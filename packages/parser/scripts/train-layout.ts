// Train the layout model (src/layout/layout.model.json) on simulated pages of January 2020; February is held out
// for evaluation (npm run eval:pages) and never read here.
// Run: npm run train:layout -w @broadsheet/parser [-- --epochs 10] [--validate] [--out PATH]
// `--validate` trains on January 1–24 and reports tags and page measures on January 25–31, to choose features and
// settings without looking at February; it writes no model unless --out is given.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { sharedPath } from '@broadsheet/shared-data'
import { encodeLayoutModel, type LayoutModel, type TrainingRecipe } from '../src/layout/layout-model.ts'
import { LINE_TAGS, TAG_COUNT } from '../src/layout/line-tags.ts'
import { bestTags, emissions } from '../src/layout/decode-tags.ts'
import { parseText } from '../src/parse-text.ts'
import { trainCrf } from './layout-crf.ts'
import { averagedModel, createPerceptron, trainEpoch } from './layout-perceptron.ts'
import { encodePage, type EncodedPage } from './pages/encode-page.ts'
import { pairTable } from './pages/pair-table.ts'
import { readMonth } from './pages/source-articles.ts'
import { seeded } from './pages/random.ts'
import { addTally, emptyTally, formatTally, scorePage } from './pages/score-page.ts'
import { simulateMonth, type NamedPage } from './pages/simulate-month.ts'

/** The recipe of the committed model. Its test trains with it again and expects the same bytes. */
export const RECIPE: TrainingRecipe = {
  months: ['2020-01'],
  seed: 1,
  variants: 3,
  paperShare: 0.3,
  epochs: 12,
  learner: 'crf',
  rate: 0.05,
  l2: 1e-5,
}

export const MODEL_PATH = new URL('../src/layout/layout.model.json', import.meta.url).pathname

/** The simulated training pages of `recipe`, in order. */
export function trainingPages(recipe: TrainingRecipe): NamedPage[] {
  return recipe.months.flatMap((month, i) =>
    simulateMonth(sharedPath(`corpus/epaper/${month}`), {
      seed: recipe.seed + i,
      paperShare: recipe.paperShare,
      variants: recipe.variants,
    }),
  )
}

/** The pair table of the training months' running text. */
export function trainingPairs(recipe: TrainingRecipe): Uint8Array {
  return pairTable(recipe.months.flatMap((month) => readMonth(sharedPath(`corpus/epaper/${month}`))))
}

/** Train a model on `pages` as `recipe` says, in orders shuffled by its seed; `log` hears of each pass. */
export function trainLayoutModel(
  pages: readonly EncodedPage[],
  pairs: Uint8Array,
  recipe: TrainingRecipe,
  log: (line: string) => void = () => {},
): LayoutModel {
  const random = seeded(recipe.seed)
  const order = pages.map((_, i) => i)
  const shuffled = (): number[] => {
    for (let i = order.length - 1; i > 0; i--) {
      const j = random.int(0, i)
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    return order
  }
  if (recipe.learner === 'crf')
    return trainCrf(
      pages,
      pairs,
      recipe.epochs,
      shuffled,
      { rate: recipe.rate ?? 0.05, l2: recipe.l2 ?? 1e-5 },
      log,
    )
  const state = createPerceptron(pairs)
  const lines = pages.reduce((n, p) => n + p.gold.length, 0)
  for (let epoch = 1; epoch <= recipe.epochs; epoch++) {
    const wrong = trainEpoch(state, pages, shuffled())
    log(`epoch ${epoch}: ${wrong} of ${lines} lines tagged wrong (${((100 * wrong) / lines).toFixed(2)}%)`)
  }
  return averagedModel(state)
}

/** The model as the committed file's text. */
export function modelFileText(model: LayoutModel, recipe: TrainingRecipe): string {
  return `${JSON.stringify(encodeLayoutModel(model, recipe), null, 1)}\n`
}

function validate(model: LayoutModel, pages: readonly NamedPage[]): void {
  const confusion = new Int32Array(TAG_COUNT * TAG_COUNT)
  const tally = emptyTally()
  for (const { page } of pages) {
    const encoded = encodePage(page, model.pairs)
    const n = encoded.gold.length
    const tags = bestTags(
      emissions(encoded.features, model),
      encoded.blankBefore,
      model,
      n,
      encoded.features.commaEnds,
    )
    for (let k = 0; k < n; k++) confusion[encoded.gold[k]! * TAG_COUNT + tags[k]!]!++
    const parsed = parseText(
      page.text,
      { date: page.gold.date, page: page.gold.page, entities: false },
      model,
    )
    addTally(tally, scorePage(page.gold, parsed, page.text).tally)
  }
  console.log(formatTally('validation (January 25–31)', tally))
  console.log('tag: right/total, then the tags it was mistaken for')
  LINE_TAGS.forEach((tag, g) => {
    let total = 0
    const wrong: [string, number][] = []
    for (let p = 0; p < TAG_COUNT; p++) {
      const c = confusion[g * TAG_COUNT + p]!
      total += c
      if (p !== g && c > 0) wrong.push([LINE_TAGS[p]!, c])
    }
    if (total === 0) return
    wrong.sort((a, b) => b[1] - a[1])
    const right = confusion[g * TAG_COUNT + g]!
    console.log(
      `  ${tag.padEnd(10)} ${right}/${total}  ${wrong
        .slice(0, 5)
        .map(([t, c]) => `${t} ${c}`)
        .join(', ')}`,
    )
  })
}

function main(): void {
  const { values: args } = parseArgs({
    options: {
      epochs: { type: 'string' },
      learner: { type: 'string' },
      rate: { type: 'string' },
      l2: { type: 'string' },
      validate: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  })
  const recipe: TrainingRecipe = {
    ...RECIPE,
    ...(args.epochs === undefined ? {} : { epochs: Number(args.epochs) }),
    ...(args.learner === 'crf' || args.learner === 'perceptron' ? { learner: args.learner } : {}),
    ...(args.rate === undefined ? {} : { rate: Number(args.rate) }),
    ...(args.l2 === undefined ? {} : { l2: Number(args.l2) }),
  }
  const started = Date.now()
  const all = trainingPages(recipe)
  const day = (p: NamedPage): number => Number(p.name.slice(6, 8))
  const training = args.validate ? all.filter((p) => day(p) <= 24) : all
  const pairs = trainingPairs(recipe)
  const encoded = training.map((p) => encodePage(p.page, pairs))
  console.log(
    `train-layout: ${training.length} simulated pages, ${((Date.now() - started) / 1000).toFixed(1)} s to make; ` +
      `${encoded.reduce((n, p) => n + p.unpinned, 0)} lines against their pinned tags`,
  )
  const model = trainLayoutModel(encoded, pairs, recipe, console.log)
  console.log(`train-layout: trained in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (args.validate)
    validate(
      model,
      all.filter((p) => day(p) > 24 && p.name.endsWith('-1')),
    )
  const out = args.out ?? (args.validate ? undefined : MODEL_PATH)
  if (out !== undefined) {
    writeFileSync(out, modelFileText(model, recipe))
    console.log(`train-layout: wrote ${out}`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main()
