// List the entity recognizer's errors on a gold set, grouped by kind, most frequent strings first.
// Run: npx tsx --conditions=@broadsheet/source scripts/ner-errors.ts [-- --set bio|pku] [--system tagger|rules]
import { parseArgs } from 'node:util'
import { recognizeEntities } from '../src/entities/recognize-entities.ts'
import { loadNerModel } from '../src/ner/load-model.ts'
import { tagEntities } from '../src/ner/ner-model.ts'
import { loadBioDev, loadPku, type LabeledText } from './corpus.ts'
import type { ScoredSpan } from './score-spans.ts'

const { values: args } = parseArgs({
  options: {
    set: { type: 'string', default: 'bio' },
    system: { type: 'string', default: 'rules' },
    top: { type: 'string', default: '40' },
  },
})
const model = loadNerModel()
const items: LabeledText[] =
  args.set === 'bio'
    ? loadBioDev()
    : loadPku().heldOut.flatMap((a) => a.paragraphs.map((p) => ({ text: p.text, entities: p.entities })))
const run = (text: string): ScoredSpan[] =>
  args.system === 'tagger'
    ? tagEntities(model, text)
    : recognizeEntities(text, { model, mergeNestedPlaces: false })

const kinds = new Map<string, Map<string, number>>()
const note = (kind: string, what: string) => {
  const m = kinds.get(kind) ?? new Map<string, number>()
  m.set(what, (m.get(what) ?? 0) + 1)
  kinds.set(kind, m)
}
const ctx = (text: string, s: ScoredSpan) =>
  `${text.slice(Math.max(0, s.start - 4), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 4)}`
for (const item of items) {
  const predicted = run(item.text)
  const key = (s: ScoredSpan) => `${s.type}:${s.start}:${s.end}`
  const gold = new Set(item.entities.map(key))
  const pred = new Set(predicted.map(key))
  for (const g of item.entities) {
    if (pred.has(key(g))) continue
    const overlap = predicted.filter((p) => p.start < g.end && p.end > g.start)
    const same = overlap.find((p) => p.start === g.start && p.end === g.end)
    const kind = same
      ? `type ${g.type}→${same.type}`
      : overlap.length
        ? `boundary ${g.type}`
        : `missed ${g.type}`
    note(
      kind,
      kind.startsWith('boundary')
        ? `${item.text.slice(g.start, g.end)} ⇒ ${overlap.map((p) => `${item.text.slice(p.start, p.end)}/${p.type[0]}`).join(' ')}`
        : item.text.slice(g.start, g.end),
    )
  }
  for (const p of predicted) {
    if (gold.has(key(p))) continue
    const overlap = item.entities.filter((g) => p.start < g.end && p.end > g.start)
    if (overlap.length) continue
    note(`spurious ${p.type}`, item.text.slice(p.start, p.end))
  }
}
const top = Number(args.top)
for (const [kind, m] of [...kinds].sort((a, b) => sum(b[1]) - sum(a[1]))) {
  console.log(`\n## ${kind}: ${sum(m)}`)
  console.log(
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([w, n]) => `${w}×${n}`)
      .join('  '),
  )
}
function sum(m: Map<string, number>): number {
  let n = 0
  for (const v of m.values()) n += v
  return n
}
void ctx
