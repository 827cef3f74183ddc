import { describe, expect, test } from 'vitest'
import { toFullConvention } from '../scripts/corpus.ts'
import {
  createCrf,
  createWorkspace,
  crfEpoch,
  crfWeights,
  sentenceGradient,
  type CrfState,
} from '../scripts/crf.ts'
import type { TrainingSentence } from '../scripts/trainer.ts'
import { parsePkuLine } from '../src/formats/pku.ts'
import { extractFeatures, FEATURES_PER_CHAR } from '../src/ner/features.ts'
import { loadNerModel } from '../src/ner/load-model.ts'
import { spansToTags, TAG_COUNT } from '../src/ner/tags.ts'
import { viterbi } from '../scripts/viterbi.ts'

// Three sentences of the PKU corpus, 1 January 1998 (`199801-01-27.txt`), as the training script encodes them.
const LINES = [
  '19980101-02-007-008/m  [贵州/ns  省委/n]nt  副/b  书记/n  王/nr  思齐/nr  ，/w  省委/n  常委/n  、/w  副/b  省长/n  袁/nr  荣贵/nr  也/d  参加/v  了/u  考察/vn  。/w',
  '19980101-02-010-003/m  [国家/n  旅游局/n]nt  局长/n  何/nr  光/nr  、/w  [江苏/ns  省政府/n]nt  领导/n  等/u  以及/c  数千/m  名/q  中外/j  宾朋/n  参加/v  了/u  这/r  一/m  隆重/a  而/c  特别/a  的/u  仪式/n  。/w',
  '19980101-03-004-010/m  恩佐/nr  宣布/v  ，/w  南非/ns  总统/n  曼德拉/nr  已/d  任命/v  [南非/ns  驻/v  中国/ns  研究/vn  中心/n]nt  主任/n  戴克瑞/nr  为/v  首任/b  驻华/vn  大使/n  。/w',
]
const T = TAG_COUNT

function encode(): { sentences: TrainingSentence[]; rowCount: number } {
  const { resources } = loadNerModel()
  const rowOf = new Map<number, number>()
  const sentences = LINES.map((line) => {
    const paragraph = parsePkuLine(line)
    if (!paragraph) throw new Error(`not a corpus line: ${line}`)
    const { text, entities, words } = toFullConvention(paragraph, new Set())
    const keys = extractFeatures(text, resources)
    const rows = Int32Array.from(keys, (key) => {
      if (!rowOf.has(key)) rowOf.set(key, rowOf.size)
      return rowOf.get(key) as number
    })
    return { rows, gold: spansToTags(text.length, entities, words) }
  })
  return { sentences, rowCount: rowOf.size }
}

// A fixed pseudo-random sequence, so that a failure repeats.
function seeded(seed: number): () => number {
  return () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) | 0
    return (seed >>> 8) / 0x1000000 - 0.5
  }
}

// A CRF with weights and transitions drawn from `seeded(seed)`, to check gradients away from zero.
function randomCrf(rowCount: number, seed: number): CrfState {
  const state = createCrf(rowCount)
  const random = seeded(seed)
  for (let k = 0; k < state.scaled.length; k++) state.scaled[k] = random()
  for (let k = 0; k < state.transitions.length; k++) state.transitions[k] = random()
  return state
}

// The log-likelihood's slope along weight `k` of `weights` (`loss` is its negative), by central differences.
function slope(loss: () => number, weights: Float32Array | Float64Array, k: number): number {
  const h = 1e-3
  const saved = weights[k] as number
  weights[k] = saved + h
  const up = loss()
  weights[k] = saved - h
  const down = loss()
  weights[k] = saved
  return (down - up) / (2 * h)
}

// The tags Viterbi gives a sentence with every one of its features counted once, as inference counts them.
function decode(s: TrainingSentence, model: { weights: Float32Array; transitions: Float32Array }): number[] {
  const emissions = new Float32Array(s.gold.length * T)
  for (let f = 0; f < s.rows.length; f++) {
    const i = Math.floor(f / FEATURES_PER_CHAR)
    for (let t = 0; t < T; t++) {
      const k = i * T + t
      emissions[k] = (emissions[k] as number) + (model.weights[(s.rows[f] as number) * T + t] as number)
    }
  }
  return [...viterbi(emissions, model.transitions, new Uint8Array(s.gold.length))]
}

describe('CRF training', () => {
  test('computes the gradient of the log-likelihood that finite differences measure', () => {
    const { sentences, rowCount } = encode()
    const sentence = sentences[2] as TrainingSentence
    const state = randomCrf(rowCount, 7)
    const work = createWorkspace(sentence.gold.length)
    sentenceGradient(state, sentence, work)
    const emissionGradient = work.emissionGradient.slice()
    const transitionGradient = work.transitionGradient.slice()
    const loss = () => sentenceGradient(state, sentence, createWorkspace(sentence.gold.length))
    const measured = (weights: Float32Array | Float64Array, k: number) => slope(loss, weights, k)
    // Feature weights: the gradient of one row and tag sums over the characters that have the feature.
    for (const f of [0, 5, 40, 77, 100]) {
      const i = Math.floor(f / FEATURES_PER_CHAR)
      const row = sentence.rows[f] as number
      const tag = sentence.gold[i] as number
      for (const t of [tag, (tag + 5) % T]) {
        let analytic = 0
        for (let g = 0; g < sentence.rows.length; g++) {
          if (sentence.rows[g] === row)
            analytic += emissionGradient[Math.floor(g / FEATURES_PER_CHAR) * T + t] as number
        }
        expect(measured(state.scaled, row * T + t)).toBeCloseTo(analytic, 3)
      }
    }
    // Transitions between gold tags, and one the gold never takes.
    const pairs = [1, 4, 9].map((i) => (sentence.gold[i - 1] as number) * T + (sentence.gold[i] as number))
    for (const k of [...pairs, 15 * T + 15]) {
      expect(measured(state.transitions, k)).toBeCloseTo(transitionGradient[k] as number, 3)
    }
  })

  test('learns to tag the sentences it trains on, and L2 keeps the weights smaller', () => {
    const { sentences, rowCount } = encode()
    const order = Int32Array.from(sentences, (_, i) => i)
    const train = (l2: number) => {
      const state = createCrf(rowCount)
      const losses = Array.from({ length: 20 }, () => crfEpoch(state, sentences, order, { rate: 0.1, l2 }))
      return { losses, ...crfWeights(state) }
    }
    const plain = train(0)
    expect(plain.losses.at(-1)).toBeLessThan((plain.losses[0] as number) / 10)
    for (const s of sentences) expect(decode(s, plain)).toEqual([...s.gold])
    const norm = (w: Float32Array) => w.reduce((sum, x) => sum + x * x, 0)
    expect(norm(train(0.5).weights)).toBeLessThan(norm(plain.weights) / 2)
  })

  test('with dropout, boosts the features it keeps by the share it leaves out, as the gradient says', () => {
    const { sentences, rowCount } = encode()
    const sentence = sentences[1] as TrainingSentence
    const state = randomCrf(rowCount, 11)
    const boost = 1 / (1 - 0.4)
    const work = createWorkspace(sentence.gold.length)
    sentenceGradient(state, sentence, work, boost)
    const row = sentence.rows[3] as number
    const tag = sentence.gold[0] as number
    let analytic = 0
    for (let g = 0; g < sentence.rows.length; g++) {
      if (sentence.rows[g] === row)
        analytic += work.emissionGradient[Math.floor(g / FEATURES_PER_CHAR) * T + tag] as number
    }
    const loss = () => sentenceGradient(state, sentence, createWorkspace(sentence.gold.length), boost)
    // A weight moves the boosted emissions `boost` times as far.
    expect(slope(loss, state.scaled, row * T + tag)).toBeCloseTo(boost * analytic, 3)
  })

  test('with dropout, still learns to tag the sentences with every feature counted once', () => {
    const { sentences, rowCount } = encode()
    const order = Int32Array.from(sentences, (_, i) => i)
    const uniform = seeded(5)
    const options = { rate: 0.1, l2: 0, dropout: 0.4, random: () => uniform() + 0.5 }
    const state = createCrf(rowCount)
    const losses = Array.from({ length: 30 }, () => crfEpoch(state, sentences, order, options))
    expect(losses.at(-1)).toBeLessThan((losses[0] as number) / 5)
    for (const s of sentences) expect(decode(s, crfWeights(state))).toEqual([...s.gold])
  })
})
