import { readFileSync } from 'node:fs'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { describe, expect, test } from 'vitest'
import { followPkuConvention } from '../entities/follow-pku-convention.ts'
import { readPkuCorpus } from '../formats/pku.ts'
import { loadNerModel } from './load-model.ts'
import { decodeModel, encodeModel } from './model-format.ts'
import { chooseSpans } from './likely-spans.ts'
import { entityCandidates, tagEntities, weightOf } from './ner-model.ts'
import { TAG_COUNT, type TypedSpan } from './tags.ts'

const CORPUS = sharedPath('corpus/pku1998/199801-01-27.txt')

describe.skipIf(!hasShared)('the committed tagger model', () => {
  // Day 27 is held out from training (days 1–24 train the model; see scripts/train-ner.ts).
  const day27 = readPkuCorpus(hasShared ? readFileSync(CORPUS, 'utf8') : '')
    .filter((a) => a.date === '1998-01-27')
    .flatMap((a) => a.paragraphs)

  // The tagger finds mentions in the full convention; the corpus tags no abbreviation (`中/j 美/j`).
  test('scores above 0.89 F1 on a held-out day of the PKU corpus, in the corpus’s convention', () => {
    const model = loadNerModel()
    let gold = 0
    let predicted = 0
    let correct = 0
    for (const p of day27) {
      const keys = new Set(p.entities.map((e) => `${e.type}:${e.start}:${e.end}`))
      const spans = followPkuConvention(p.text, tagEntities(model, p.text))
      gold += p.entities.length
      predicted += spans.length
      correct += spans.filter((s) => keys.has(`${s.type}:${s.start}:${s.end}`)).length
    }
    const precision = correct / predicted
    const recall = correct / gold
    expect(gold).toBeGreaterThan(1500)
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThan(0.89)
  })

  test('lists the spans below the threshold too, and choosing among them at the threshold gives what it tags', () => {
    const model = loadNerModel()
    let below = 0
    for (const p of day27.slice(0, 200)) {
      const candidates = entityCandidates(model, p.text, 0.05)
      const chosen: TypedSpan[] = []
      chooseSpans(candidates, p.text.length, 0.4, 0, chosen)
      expect(chosen).toEqual(tagEntities(model, p.text, 0.4))
      below += candidates.p.filter((x) => x <= 0.4).length
      expect(Math.min(1, ...candidates.p)).toBeGreaterThan(0.05)
    }
    expect(below).toBeGreaterThan(50)
  })

  test('keeps fewer and surer mentions at a higher threshold, each one of those found at a lower', () => {
    const model = loadNerModel()
    const precision = (threshold: number) => {
      let predicted = 0
      let correct = 0
      for (const p of day27) {
        const keys = new Set(p.entities.map((e) => `${e.type}:${e.start}:${e.end}`))
        const spans = followPkuConvention(p.text, tagEntities(model, p.text, threshold))
        predicted += spans.length
        correct += spans.filter((s) => keys.has(`${s.type}:${s.start}:${s.end}`)).length
      }
      return { predicted, precision: correct / predicted }
    }
    const [half, surer] = [precision(0.5), precision(0.8)]
    expect(surer.predicted).toBeLessThan(half.predicted)
    expect(surer.precision).toBeGreaterThan(half.precision)
    // Above 0.5 no two spans can overlap, so a higher threshold only drops spans.
    for (const p of day27.slice(0, 200)) {
      const lower = new Set(tagEntities(model, p.text, 0.5).map((s) => `${s.type}:${s.start}:${s.end}`))
      for (const s of tagEntities(model, p.text, 0.8))
        expect(lower).toContain(`${s.type}:${s.start}:${s.end}`)
    }
  })

  test('tags each sentence of a paragraph as it would tag that sentence alone, as it was trained', () => {
    const model = loadNerModel()
    // Read whole, 12 of these 403 paragraphs came out otherwise.
    const paragraphs = day27.filter((p) => (p.text.match(/[。！？；]/g) ?? []).length >= 2)
    expect(paragraphs.length).toBeGreaterThan(300)
    for (const { text } of paragraphs) {
      const alone: ReturnType<typeof tagEntities> = []
      let start = 0
      for (const sentence of text.split(/(?<=[。！？；])/)) {
        for (const s of tagEntities(model, sentence))
          alone.push({ ...s, start: s.start + start, end: s.end + start })
        start += sentence.length
      }
      expect(tagEntities(model, text)).toEqual(alone)
    }
  })
})

describe('the model format', () => {
  test('round-trips quantized weights, transitions and lexicons', () => {
    const weights = new Float32Array(2 * TAG_COUNT)
    weights[3] = 2 // feature 7, tag 3
    weights[TAG_COUNT + 1] = -1 // feature 9, tag 1
    const transitions = new Float32Array(TAG_COUNT * TAG_COUNT).fill(0.5)
    const model = decodeModel(
      encodeModel({
        featureKeys: Uint32Array.of(7, 9),
        weights,
        transitions,
        lexicon: [['谭德塞'], ['泸州市'], [], ['党员']],
        surnames: { 谭: 3 },
      }),
    )
    const scale = 32767 / 2
    expect(weightOf(model, 7, 3)).toBe(32767)
    expect(weightOf(model, 9, 1)).toBe(Math.round(-scale))
    expect(weightOf(model, 9, 3)).toBe(0)
    expect(weightOf(model, 8, 3)).toBe(0)
    expect(model.transitions[0]).toBeCloseTo(0.5 * scale, 0)
    expect(model.lexicon).toEqual([['谭德塞'], ['泸州市'], [], ['党员']])
    expect(model.resources.surnames['谭'.charCodeAt(0)]).toBe(3)
  })

  test('refuses a model of another format version, and bytes that are no model, naming the problem', () => {
    const bytes = encodeModel({
      featureKeys: Uint32Array.of(7),
      weights: new Float32Array(TAG_COUNT).fill(1),
      transitions: new Float32Array(TAG_COUNT * TAG_COUNT),
      lexicon: [],
      surnames: {},
    })
    const older = bytes.slice()
    older.set(new TextEncoder().encode('"magic":"BSNER002"'), 5)
    expect(() => decodeModel(older)).toThrow(
      /NER model format BSNER002 is not this parser's BSNER003: retrain/,
    )
    const text = new TextEncoder().encode('谭德塞说')
    expect(() => decodeModel(text)).toThrow(/not a Broadsheet NER model/)
    expect(() => decodeModel(new Uint8Array(2))).toThrow(/not a Broadsheet NER model/)
  })
})
