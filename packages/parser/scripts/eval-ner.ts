// Score entity recognition against gold: held-out PKU days 25–27 and people-daily-ner.dev.bio, beside jieba.
// Run: npm run eval:ner -w @broadsheet/parser [-- --model path/to/ner.bin] [--days 21-24] [--decimals 2] [--by-day]
// [--threshold 0.4] [--support 0.2] [--bootstrap 1000]
// `--days` scores training days instead of the held-out ones and skips the dev set: for a model trained on the days
// before them (`train:ner -- --validate 4` gives days 21–24), so that choices are made without the held-out days.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { recordBench, type BenchClaim } from '@broadsheet/bench'
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'
import { followPkuConvention } from '../src/entities/follow-pku-convention.ts'
import { recognizeDocumentEntities, recognizeEntities } from '../src/entities/recognize-entities.ts'
import { loadNerModel } from '../src/ner/load-model.ts'
import { decodeModel } from '../src/ner/model-format.ts'
import { tagEntities, type NerModel } from '../src/ner/ner-model.ts'
import type { EntityType } from '../src/types.ts'
import { dayOf, FIRST_HELD_OUT_DAY, loadBioDev, loadPku, type LabeledText } from './corpus.ts'
import { emptyScores, prf, SCORE_ROWS, tallySpans, type Score, type ScoredSpan } from './score-spans.ts'

const { values: args } = parseArgs({
  options: {
    model: { type: 'string' },
    days: { type: 'string' },
    // Decimals of the percentages: 2 tells apart choices that differ by less than 0.1.
    decimals: { type: 'string', default: '1' },
    // The probability a span needs (recognizeEntities' `threshold`), to compare thresholds on validation days.
    threshold: { type: 'string' },
    support: { type: 'string' },
    // Overall F1 of each PKU day as well: the days differ more than most changes do.
    'by-day': { type: 'boolean', default: false },
    // Resample the documents this many times for an interval around overall F1 (0 for none).
    bootstrap: { type: 'string', default: '0' },
  },
})
const decimals = Number(args.decimals)
if (!Number.isInteger(decimals) || decimals < 0 || decimals > 4) {
  console.error(`eval-ner: --decimals ${args.decimals}: expected a whole number from 0 to 4`)
  process.exit(2)
}
const threshold = args.threshold === undefined ? undefined : Number(args.threshold)
if (threshold !== undefined && !(threshold > 0 && threshold < 1)) {
  console.error(`eval-ner: --threshold ${args.threshold}: expected a probability above 0 and below 1`)
  process.exit(2)
}
const bootstrap = Number(args.bootstrap)
if (!Number.isInteger(bootstrap) || bootstrap < 0 || bootstrap > 100000) {
  console.error(`eval-ner: --bootstrap ${args.bootstrap}: expected a whole number from 0 to 100000`)
  process.exit(2)
}
const support = args.support === undefined ? undefined : Number(args.support)
if (support !== undefined && !(support >= 0 && support < 1)) {
  console.error(`eval-ner: --support ${args.support}: expected a probability from 0 to below 1`)
  process.exit(2)
}
const validationDays = args.days ? parseDays(args.days) : null
const model: NerModel = args.model ? decodeModel(readFileSync(args.model)) : loadNerModel()
const jieba = Jieba.withDict(dict)

// jieba's tags: nr (and nrt, nrfg for transliterated and full names) person, ns place, nt organization.
function jiebaSpans(text: string): ScoredSpan[] {
  const spans: ScoredSpan[] = []
  let at = 0
  for (const { word, tag } of jieba.tag(text, true)) {
    const type: EntityType | null = tag.startsWith('nr')
      ? 'PERSON'
      : tag === 'ns'
        ? 'LOCATION'
        : tag === 'nt'
          ? 'ORGANIZATION'
          : null
    const start = text.indexOf(word, at)
    at = start + word.length
    if (!type) continue
    const last = spans.at(-1)
    // Adjacent person tokens are one PERSON, as in the corpus (`江/nr 泽民/nr`).
    if (type === 'PERSON' && last?.type === 'PERSON' && last.end === start) last.end = at
    else spans.push({ type, start, end: at })
  }
  return spans
}

/** A system scored on a set of documents, each a list of labeled fields. */
interface System {
  name: string
  run: (fields: readonly string[]) => ScoredSpan[][]
}

// Each gold set is scored in its own convention: PKU tags no abbreviation and no name inside a word, and splits
// nested places (`四川/ns 泸州市/ns`); people-daily-ner.dev.bio tags abbreviations (`中/B-LOC 美/B-LOC`).
type Convention = 'full' | 'pku'
const perField = (f: (text: string) => ScoredSpan[]) => (fields: readonly string[]) => fields.map(f)
function systems(convention: Convention): System[] {
  const options = { mergeNestedPlaces: false, model, convention, threshold } as const
  const tagger = (text: string) => {
    const spans = tagEntities(model, text, threshold)
    return convention === 'pku' ? followPkuConvention(text, spans) : spans
  }
  return [
    { name: 'jieba (nr/ns/nt)', run: perField(jiebaSpans) },
    { name: 'tagger alone', run: perField(tagger) },
    { name: 'recognizeEntities', run: perField((text) => recognizeEntities(text, options)) },
    { name: 'document mode', run: (fields) => recognizeDocumentEntities(fields, { ...options, support }) },
  ]
}

/** One system's tally over documents of labeled fields. */
function tally(documents: readonly (readonly LabeledText[])[], system: System) {
  const scores = emptyScores()
  // Each document's overall counts too, for the resampled intervals.
  const perDocument: Score[] = []
  for (const doc of documents) {
    const predicted = system.run(doc.map((field) => field.text))
    const own = emptyScores()
    doc.forEach((field, i) => {
      tallySpans(scores, field.entities, predicted[i] ?? [])
      tallySpans(own, field.entities, predicted[i] ?? [])
    })
    perDocument.push(own.ALL)
  }
  return Object.assign(scores, { perDocument })
}

/**
 * The 2.5th and 97.5th percentiles of overall F1 over `rounds` resamples of the documents with replacement (the
 * percentile bootstrap), from a fixed seed so that a run can be repeated.
 */
function interval(perDocument: readonly Score[], rounds: number): [number, number] {
  let seed = 20261206
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return seed / 4294967296
  }
  const f1s: number[] = []
  for (let round = 0; round < rounds; round++) {
    const sum = { gold: 0, predicted: 0, correct: 0 }
    for (let k = 0; k < perDocument.length; k++) {
      const d = perDocument[Math.floor(random() * perDocument.length)] as Score
      sum.gold += d.gold
      sum.predicted += d.predicted
      sum.correct += d.correct
    }
    f1s.push(prf(sum).f1)
  }
  f1s.sort((a, b) => a - b)
  return [f1s[Math.floor(rounds * 0.025)] ?? 0, f1s[Math.ceil(rounds * 0.975) - 1] ?? 0]
}

const pct = (x: number) => (x * 100).toFixed(decimals)

/** The table of P / R / F1 per type for each system, and each system's overall F1 (0–1). */
function score(
  documents: readonly (readonly LabeledText[])[],
  systems: readonly System[],
): { table: string; overall: number[] } {
  const header = `| type | ${systems.map((s) => `${s.name} P / R / F1`).join(' | ')} |`
  const rule = `|---|${systems.map(() => '---|').join('')}`
  const tallies = systems.map((system) => tally(documents, system))
  const rows = SCORE_ROWS.map((row) => {
    const cells = tallies.map((t) => {
      const { p, r, f1 } = prf(t[row])
      return `${pct(p)} / ${pct(r)} / **${pct(f1)}**`
    })
    return `| ${row === 'ALL' ? 'overall' : row} (${tallies[0]?.[row].gold ?? 0}) | ${cells.join(' | ')} |`
  })
  const overall = tallies.map((t) => prf(t.ALL).f1)
  if (bootstrap === 0) return { table: [header, rule, ...rows].join('\n'), overall }
  const spans = tallies.map((t) => interval(t.perDocument, bootstrap))
  const cells = spans.map(([low, high]) => `${pct(low)}–${pct(high)}`)
  const resampled = `| overall F1, 95% of ${bootstrap} resamples | ${cells.join(' | ')} |`
  return { table: [header, rule, ...rows, resampled].join('\n'), overall }
}

/** Overall F1 per day, one row a day. */
function scoreByDay(
  byDay: ReadonlyMap<number, (readonly LabeledText[])[]>,
  systems: readonly System[],
): string {
  const header = `| day | mentions | ${systems.map((s) => `${s.name} F1`).join(' | ')} |`
  const rule = `|---|---|${systems.map(() => '---|').join('')}`
  const rows = [...byDay].map(([day, documents]) => {
    const tallies = systems.map((system) => tally(documents, system))
    return `| ${day} | ${tallies[0]?.ALL.gold ?? 0} | ${tallies.map((t) => pct(prf(t.ALL).f1)).join(' | ')} |`
  })
  return [header, rule, ...rows].join('\n')
}

/** `21-24` → [21, 24]: a range of training days, never a held-out one. */
function parseDays(range: string): [number, number] {
  const m = /^(\d+)-(\d+)$/.exec(range)
  const [from, to] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN]
  if (!(from >= 1 && from <= to && to < FIRST_HELD_OUT_DAY)) {
    console.error(
      `eval-ner: --days ${range}: expected FROM-TO within training days 1–${FIRST_HELD_OUT_DAY - 1}`,
    )
    process.exit(2)
  }
  return [from, to]
}

const { train, heldOut } = loadPku()
const articles = validationDays
  ? train.filter((a) => dayOf(a) >= validationDays[0] && dayOf(a) <= validationDays[1])
  : heldOut
const pkuDocs = articles.map((a) => a.paragraphs.map((p) => ({ text: p.text, entities: p.entities })))
const chars = pkuDocs.flat().reduce((n, p) => n + p.text.length, 0)
const which = validationDays
  ? `training days ${validationDays[0]}–${validationDays[1]} (score them only with a model trained on earlier days)`
  : 'held-out days 25–27'
console.log(`### PKU January 1998, ${which} (${articles.length} articles, ${chars} characters)\n`)
const pku = score(pkuDocs, systems('pku'))
console.log(pku.table)
if (args['by-day']) {
  // The corpus is in day order, so the map is too.
  const byDay = new Map<number, (readonly LabeledText[])[]>()
  articles.forEach((a, i) => {
    const docs = byDay.get(dayOf(a)) ?? []
    docs.push(pkuDocs[i] ?? [])
    byDay.set(dayOf(a), docs)
  })
  console.log(`\n#### By day\n\n${scoreByDay(byDay, systems('pku'))}`)
}
const dev = validationDays ? null : scoreDevSet()
// The committed model at its chosen settings on the held-out sets is a claim the READMEs make: record it.
const asShipped = !args.model && !validationDays && threshold === undefined && support === undefined
if (asShipped && dev) recordScores(pku.overall, dev)
console.log(
  '\nExact match of type and offsets. Nested places are scored as the corpus splits them (`四川/ns 泸州市/ns`); ' +
    "`recognizeEntities` merges them by default. PKU is scored in its convention (`convention: 'pku'`, which " +
    'tags no abbreviation and no name inside a word), the dev set in the full one (the default).',
)

function recordScores(pkuF1: readonly number[], devF1: readonly number[]): void {
  const command = 'npm run eval:ner -w @broadsheet/parser'
  const jieba = (f1: number | undefined) => ({ name: 'jieba (nr/ns/nt)', figure: (f1 ?? 0) * 100 })
  const row = (id: string, what: string, f1: number | undefined, peer: number | undefined): BenchClaim => ({
    id,
    what,
    figure: (f1 ?? 0) * 100,
    unit: 'F1',
    peer: jieba(peer),
    command,
    decimals: 1,
  })
  const file = recordBench('parser-ner-quality', [
    row(
      'ner-f1-pku-document',
      'entity F1, held-out PKU days 25–27, document mode (as `parsePage` reads an item)',
      pkuF1[3],
      pkuF1[0],
    ),
    row(
      'ner-f1-pku-field',
      'entity F1, held-out PKU days 25–27, `recognizeEntities` (a field alone)',
      pkuF1[2],
      pkuF1[0],
    ),
    row('ner-f1-pku-tagger', 'entity F1, held-out PKU days 25–27, the tagger alone', pkuF1[1], pkuF1[0]),
    row(
      'ner-f1-dev-bio',
      'entity F1, people-daily-ner.dev.bio (never trained on), `recognizeEntities`',
      devF1[2],
      devF1[0],
    ),
  ])
  console.log(`\nrecorded in ${file}`)
}

function scoreDevSet(): number[] {
  const bio = loadBioDev()
  console.log(
    `\n### people-daily-ner.dev.bio (${bio.length} sentences, ${bio.reduce((n, s) => n + s.text.length, 0)} characters; never trained on)\n`,
  )
  const dev = score(
    bio.map((s) => [s]),
    systems('full').slice(0, 3),
  )
  console.log(dev.table)
  return dev.overall
}
