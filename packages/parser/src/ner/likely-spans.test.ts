import { describe, expect, test } from 'vitest'
import { loadNerModel } from './load-model.ts'
import { chooseSpans, SPAN_THRESHOLD, spanProbabilities } from './likely-spans.ts'
import { scoreEmissions } from './ner-model.ts'
import { isAllowedTransition, mayEndWith, TAG_COUNT as T, tagsToSpans, type TypedSpan } from './tags.ts'

const model = loadNerModel()
const expTransitions = Float64Array.from(model.transitions, (v) => Math.exp(v * model.unit))

// Every well-formed tag sequence of `n` positions with its log-potential under `emissions`: small texts only.
function everySequence(emissions: Float32Array, n: number): { tags: number[]; score: number }[] {
  const out: { tags: number[]; score: number }[] = []
  const walk = (tags: number[], score: number) => {
    const i = tags.length
    if (i === n) {
      if (mayEndWith(tags[i - 1] as number)) out.push({ tags: [...tags], score })
      return
    }
    const previous = i === 0 ? -1 : (tags[i - 1] as number)
    for (let t = 0; t < T; t++) {
      if (!isAllowedTransition(previous, t)) continue
      const transition = previous < 0 ? 0 : (model.transitions[previous * T + t] as number)
      tags.push(t)
      walk(tags, score + ((emissions[i * T + t] as number) + transition) * model.unit)
      tags.pop()
    }
  }
  walk([], 0)
  return out
}

const key = (type: number, start: number, end: number) => `${type}:${start}:${end}`

describe('likely spans', () => {
  // From the page of 2020-03-12/13 in ../shared/pages: `…总干事谭德塞的最新判断…`.
  test('gives each span the probability of all the tag sequences that hold it, whatever the words around it', () => {
    const text = '总干事谭德塞的'
    const emissions = scoreEmissions(model, text)
    const sequences = everySequence(emissions, text.length)
    const top = Math.max(...sequences.map((s) => s.score))
    const z = sequences.reduce((sum, s) => sum + Math.exp(s.score - top), 0)
    const expected = new Map<string, number>()
    for (const s of sequences) {
      for (const span of tagsToSpans(s.tags)) {
        const k = key(['PERSON', 'LOCATION', 'ORGANIZATION'].indexOf(span.type), span.start, span.end)
        expected.set(k, (expected.get(k) ?? 0) + Math.exp(s.score - top) / z)
      }
    }
    const found = spanProbabilities(emissions, text.length, model.unit, expTransitions, 0.001)
    const computed = new Map(found.p.map((p, c) => [key(found.type[c]!, found.start[c]!, found.end[c]!), p]))
    const likely = [...expected].filter(([, p]) => p > 0.001)
    expect(likely.length).toBeGreaterThan(1)
    expect([...computed.keys()].sort()).toEqual(likely.map(([k]) => k).sort())
    for (const [k, p] of likely) expect(computed.get(k)).toBeCloseTo(p, 9)
    // The name itself is all but certain.
    expect(computed.get(key(0, 3, 6))).toBeGreaterThan(0.9)
  })

  // People's Daily, 2020-01-03, page 3: the country alone and the museum it opens are both above the threshold,
  // and the museum clears it by more.
  test('takes, of likely spans that overlap, the set that clears the threshold by the most', () => {
    const text = '——敦煌展品走进俄罗斯国家历史博物馆'
    const emissions = scoreEmissions(model, text)
    const found = spanProbabilities(emissions, text.length, model.unit, expTransitions, SPAN_THRESHOLD)
    const candidates = found.p.map((p, c) => ({
      type: found.type[c]!,
      start: found.start[c]!,
      end: found.end[c]!,
      p,
    }))
    expect(
      candidates.some((a) => candidates.some((b) => a !== b && a.start < b.end && b.start < a.end)),
    ).toBe(true)
    let best = { gain: 0, spans: [] as typeof candidates }
    for (let mask = 0; mask < 1 << candidates.length; mask++) {
      const chosen = candidates.filter((_, c) => mask & (1 << c))
      if (chosen.some((a) => chosen.some((b) => a !== b && a.start < b.end && b.start < a.end))) continue
      const gain = chosen.reduce((sum, s) => sum + s.p - SPAN_THRESHOLD, 0)
      if (gain > best.gain) best = { gain, spans: chosen }
    }
    const spans: TypedSpan[] = []
    chooseSpans(found, text.length, SPAN_THRESHOLD, 0, spans)
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(
      best.spans.sort((a, b) => a.start - b.start).map((s) => text.slice(s.start, s.end)),
    )
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['敦煌', '俄罗斯国家历史博物馆'])
  })

  test('reads the well-formed sequence nearest to scores that forbid every one', () => {
    // Inside a person, inside, end: no sentence opens inside a name, and every tag that may open one scores 70
    // e-folds below the best. The nearest reading is a name of three characters.
    const emissions = new Float32Array(3 * T)
    const far = 70 / model.unit
    emissions[1] = emissions[T + 1] = emissions[2 * T + 2] = far
    const spans: TypedSpan[] = []
    const found = spanProbabilities(emissions, 3, model.unit, expTransitions, SPAN_THRESHOLD)
    chooseSpans(found, 3, SPAN_THRESHOLD, 0, spans)
    expect(spans).toEqual([{ type: 'PERSON', start: 0, end: 3 }])
  })
})
