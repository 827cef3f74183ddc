// Train the entity tagger on PKU January 1998 days 1–24 and write model/ner.bin.
// Run: npm run train:ner -w @broadsheet/parser [-- --trainer crf --epochs 12 --runs 3 --dropout 0.5 --days 24
// --validate 4 --prune 650 --prune-words 1150 --every 1 --out FILE]
import { existsSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DIVISIONS } from '../src/entities/divisions.ts'
import { KNOWN_ORGANIZATIONS } from '../src/lexicon/organizations.ts'
import { WORLD_PLACES } from '../src/lexicon/world-places.ts'
import type { PkuArticle } from '../src/formats/pku.ts'
import { extractFeatures, FEATURES_PER_CHAR } from '../src/ner/features.ts'
import { buildLexiconTrie } from '../src/ner/lexicon-trie.ts'
import { decodeModel, encodeModel } from '../src/ner/model-format.ts'
import { tagEntities } from '../src/ner/ner-model.ts'
import { ENTITY_TYPES, spansToTags, TAG_COUNT } from '../src/ner/tags.ts'
import { followPkuConvention } from '../src/entities/follow-pku-convention.ts'
import {
  dayOf,
  FIRST_HELD_OUT_DAY,
  frequentPeople,
  loadEpaperParagraphs,
  loadPku,
  loadSurnames,
  paragraphsOf,
  splitSentences,
  type LabeledText,
} from './corpus.ts'
import { clusterCharacters } from './char-clusters.ts'
import { crfTrainer } from './crf.ts'
import { perceptronTrainer } from './perceptron.ts'
import type { Trainer, TrainingSentence } from './trainer.ts'
import { emptyScores, prf, tallySpans } from './score-spans.ts'

const { values: args } = parseArgs({
  options: {
    // A linear-chain CRF trained by SGD, or the averaged perceptron: the same features and the same kind of model.
    trainer: { type: 'string', default: 'crf' },
    epochs: { type: 'string', default: '12' },
    // The CRF's first step size, its L2 strength per sentence, and the epoch from which its weights are averaged.
    rate: { type: 'string', default: '0.05' },
    l2: { type: 'string', default: '3e-5' },
    'average-from': { type: 'string', default: '3' },
    // The CRF's dropout: the chance that each feature of a character is left out of a training step.
    dropout: { type: 'string', default: '0.5' },
    // Train on the first N days only (quick iterations).
    days: { type: 'string', default: '24' },
    // Train on every Kth article of those days only: a learning curve, scored on the same validation days.
    every: { type: 'string', default: '1' },
    // Hold the last N training days out and report F1 on them after each epoch (tuning without the test days).
    validate: { type: 'string', default: '0' },
    // Drop features seen fewer times than this in training.
    'min-count': { type: 'string', default: '2' },
    // Drop weights below this many Int16 units (of 32767 for the largest weight): a smaller, faster model.
    prune: { type: 'string', default: '650' },
    // The same for the weights of the tags of words outside entities (joint segmentation).
    'prune-words': { type: 'string', default: '1150' },
    // Entity types whose training names feed the dictionary-match features (P, L, O).
    'lexicon-types': { type: 'string', default: 'PLO' },
    folds: { type: 'string', default: '5' },
    // Character clusters from unlabeled text (the e-edition and the training days), 0 for none.
    clusters: { type: 'string', default: '255' },
    // Tag the corpus in the full convention (abbreviations, names inside words) or as printed (pku).
    convention: { type: 'string', default: 'full' },
    // Independently shuffled training runs whose weights are averaged into the model.
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: fileURLToPath(new URL('../model/ner.bin', import.meta.url)) },
  },
})
function refuse(option: string, value: string | undefined, expected: string): never {
  console.error(`train-ner: --${option} ${value}: expected ${expected}`)
  process.exit(2)
}
function whole(option: keyof typeof args, min: number, max: number): number {
  const value = String(args[option])
  const n = Number(value)
  if (!/^\d+$/u.test(value) || n < min || n > max)
    refuse(option, value, `a whole number from ${min} to ${max}`)
  return n
}
function fraction(option: keyof typeof args, zero: boolean, max = 1): number {
  const value = String(args[option])
  const n = Number(value)
  if (!(zero ? n >= 0 : n > 0) || !(n <= max) || value.trim() === '')
    refuse(option, value, `a number ${zero ? 'from' : 'above'} 0 ${zero ? 'to' : 'and at most'} ${max}`)
  return n
}
if (args.trainer !== 'crf' && args.trainer !== 'perceptron')
  refuse('trainer', args.trainer, 'crf or perceptron')
if (args.convention !== 'full' && args.convention !== 'pku')
  refuse('convention', args.convention, 'full or pku')
if (!/^[PLO]*$/u.test(args['lexicon-types'])) refuse('lexicon-types', args['lexicon-types'], 'letters of PLO')
const epochs = whole('epochs', 1, 100)
const days = whole('days', 2, FIRST_HELD_OUT_DAY - 1)
const validateDays = whole('validate', 0, days - 1)
const every = whole('every', 1, 1000)
const minCount = whole('min-count', 1, 1000)
const prune = whole('prune', 0, 32767)
const pruneWords = whole('prune-words', 0, 32767)
const folds = whole('folds', 2, 20)
const clusterCount = whole('clusters', 0, 255)
const runs = whole('runs', 1, 20)
const averageFrom = whole('average-from', 1, epochs)
const rate = fraction('rate', false)
const l2 = fraction('l2', true)
const dropout = fraction('dropout', true, 0.9)
if (!existsSync(dirname(args.out))) refuse('out', args.out, 'a file in a folder that exists')
const started = Date.now()
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`)

const { train: all } = loadPku()
const lastDay = days - validateDays
const train = all.filter((a) => dayOf(a) <= lastDay).filter((_, i) => i % every === 0)
const full = args.convention === 'full' ? frequentPeople(train) : null
// Scored against the corpus's own spans, as the evaluation scores them.
const validation: LabeledText[] = all
  .filter((a) => dayOf(a) > lastDay && dayOf(a) <= days)
  .flatMap((a) => a.paragraphs.map((p) => ({ text: p.text, entities: p.entities })))
log(
  `${train.length} training articles (days 1–${lastDay}${every > 1 ? `, one article in ${every}` : ''}), ${validation.length} validation paragraphs`,
)

// Gazetteer places in full and short form (`四川省`, `四川`), and the world's states, cities, regions and waters.
const gazetteerPlaces = [
  ...new Set([
    ...DIVISIONS.flatMap((d) => (d.shortName ? [d.name, d.shortName] : [d.name])),
    ...WORLD_PLACES,
  ]),
]
const surnames = loadSurnames()
const surnameTable = new Uint8Array(0x10000)
for (const [name, strength] of Object.entries(surnames)) surnameTable[name.charCodeAt(0)] = strength

// Character clusters from the e-edition files and the training days' text (never the held-out days).
const clusterTable = new Uint8Array(0x10000)
const clusterChars: string[] = Array.from({ length: clusterCount }, () => '')
if (clusterCount > 0) {
  const texts = [...loadEpaperParagraphs(), ...train.flatMap((a) => a.paragraphs.map((p) => p.text))]
  for (const [code, j] of clusterCharacters(texts, clusterCount)) {
    clusterTable[code] = j
    clusterChars[j - 1] += String.fromCharCode(code)
  }
  log(`${clusterCount} character clusters over ${texts.length} unlabeled paragraphs`)
}

const lexiconTypes = args['lexicon-types']
// Words of two or more characters outside names, seen at least twice (punctuation is one character).
const wordCounts = new Map<string, number>()
for (const item of paragraphsOf(train, full)) {
  for (const w of item.words ?? []) {
    const word = item.text.slice(w.start, w.end)
    if (word.length < 2 || !/[\p{L}\p{N}]/u.test(word)) continue
    wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1)
  }
}
const commonWords = [...wordCounts]
  .filter(([, n]) => n >= 2)
  .map(([w]) => w)
  .sort()
// The last word of the corpus's organization and place compounds, seen at least three times:
// `[最高/a 人民/n 检察院/n]nt` gives `检察院`.
function compoundSuffixes(type: 'ORGANIZATION' | 'LOCATION'): string[] {
  const seen = new Map<string, number>()
  for (const a of train) {
    for (const p of a.paragraphs) {
      for (const e of p.entities) {
        if (e.type !== type) continue
        const last = p.tokens.find((t) => t.end === e.end && t.start > e.start)
        if (last && last.word.length >= 2) seen.set(last.word, (seen.get(last.word) ?? 0) + 1)
      }
    }
  }
  return [...seen]
    .filter(([, n]) => n >= 3)
    .map(([w]) => w)
    .sort()
}
const suffixes = [compoundSuffixes('ORGANIZATION'), compoundSuffixes('LOCATION')]
log(`${suffixes[0]?.length} organization and ${suffixes[1]?.length} place suffixes`)
function lexiconOf(articles: readonly PkuArticle[]): string[][] {
  const sets = ENTITY_TYPES.map(() => new Set<string>())
  for (const w of gazetteerPlaces) sets[1]?.add(w)
  for (const w of KNOWN_ORGANIZATIONS) sets[2]?.add(w)
  for (const p of paragraphsOf(articles, full)) {
    for (const e of p.entities)
      if (lexiconTypes.includes(e.type[0] ?? '')) sets[ENTITY_TYPES.indexOf(e.type)]?.add(e.text)
  }
  return [...sets.map((s) => [...s].sort()), commonWords, ...suffixes]
}

// Jackknifed lexicon features: each article sees a lexicon built from the other folds, so the tagger learns
// how far a dictionary match is worth trusting on names it has not seen, as at inference.
const encoded: { keys: Uint32Array; gold: Uint8Array }[] = []
for (let k = 0; k < folds; k++) {
  const trie = buildLexiconTrie(lexiconOf(train.filter((_, i) => i % folds !== k)))
  const resources = { trie, surnames: surnameTable, clusters: clusterTable }
  for (const item of paragraphsOf(
    train.filter((_, i) => i % folds === k),
    full,
  ).flatMap(splitSentences)) {
    encoded.push({
      keys: extractFeatures(item.text, resources),
      gold: spansToTags(item.text.length, item.entities, item.words),
    })
  }
}
log(`${encoded.length} sentences, ${encoded.reduce((n, s) => n + s.gold.length, 0)} characters`)

const counts = new Map<number, number>()
for (const s of encoded) for (const key of s.keys) counts.set(key, (counts.get(key) ?? 0) + 1)
const rowOf = new Map<number, number>()
for (const [key, count] of counts) if (count >= minCount) rowOf.set(key, rowOf.size)
counts.clear()
const featureKeys = new Uint32Array(rowOf.size)
for (const [key, row] of rowOf) featureKeys[row] = key
const sentences: TrainingSentence[] = encoded.map((s) => ({
  rows: Int32Array.from(s.keys, (key) => rowOf.get(key) ?? -1),
  gold: s.gold,
}))
rowOf.clear()
log(`${featureKeys.length} distinct features × ${FEATURES_PER_CHAR} per character`)

const finalLexicon = lexiconOf(train)
const surnamesOut = surnames
function snapshot({ weights, transitions }: ReturnType<Trainer['weights']>): Uint8Array {
  return encodeModel(
    {
      featureKeys,
      weights,
      transitions,
      lexicon: finalLexicon,
      surnames: surnamesOut,
      clusters: clusterChars,
    },
    prune,
    pruneWords,
  )
}

function validate(bytes: Uint8Array, items: readonly LabeledText[]): string {
  const model = decodeModel(bytes)
  const scores = emptyScores()
  for (const item of items) {
    const found = tagEntities(model, item.text)
    tallySpans(scores, item.entities, followPkuConvention(item.text, found))
  }
  return (['PERSON', 'LOCATION', 'ORGANIZATION', 'ALL'] as const)
    .map((t) => `${t} ${(prf(scores[t]).f1 * 100).toFixed(2)}`)
    .join('  ')
}

// Fixed seeds for the shuffle of each epoch and for the CRF's dropout keep training reproducible.
function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = seededRandom(20260101)
const dropoutRandom = seededRandom(20261206)
// Each run trains from zero over its own shuffles; the model is the mean of the runs' weights (parameter mixing),
// which evens out what one order of the sentences happened to teach.
const newTrainer = (): Trainer =>
  args.trainer === 'perceptron'
    ? perceptronTrainer(featureKeys.length)
    : crfTrainer(featureKeys.length, { rate, l2, averageFrom, dropout, random: dropoutRandom })
const mixed = {
  weights: new Float32Array(featureKeys.length * TAG_COUNT),
  transitions: new Float32Array(TAG_COUNT * TAG_COUNT),
}
for (let run = 1; run <= runs; run++) {
  const trainer = newTrainer()
  const order = Int32Array.from(sentences, (_, i) => i)
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      const tmp = order[i] as number
      order[i] = order[j] as number
      order[j] = tmp
    }
    const line = `run ${run} epoch ${epoch}: ${trainer.epoch(sentences, order)}`
    // Validation costs a snapshot: every epoch of a single run, the last epoch of each run when mixing.
    const scored = validation.length > 0 && (runs === 1 || epoch === epochs)
    log(scored ? `${line}; validation F1 ${validate(snapshot(trainer.weights()), validation)}` : line)
  }
  const { weights, transitions } = trainer.weights()
  addShare(mixed.weights, weights)
  addShare(mixed.transitions, transitions)
}
/** Adds this run's share (1 / runs) of `weights` into `into`. */
function addShare(into: Float32Array, weights: Float32Array): void {
  for (let i = 0; i < into.length; i++) into[i] = (into[i] as number) + (weights[i] as number) / runs
}
const bytes = snapshot(mixed)
if (runs > 1 && validation.length > 0) log(`${runs} runs mixed: validation F1 ${validate(bytes, validation)}`)
writeFileSync(args.out, bytes)
log(`wrote ${args.out}: ${(bytes.length / 1e6).toFixed(2)} MB`)
