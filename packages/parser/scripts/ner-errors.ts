// List the entity recognizer's errors on a gold set, grouped by kind, most frequent strings first.
// Run: npx tsx --conditions=@broadsheet/source scripts/ner-errors.ts [--set bio|pku|validation]
// [--system tagger|rules|document]
// [--model FILE] (`validation` is days 21–24, for a model trained with --validate 4; `pku` the held-out days)
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { followPkuConvention } from '../src/entities/follow-pku-convention.ts'
import type { PkuArticle } from '../src/formats/pku.ts'
import { decodeModel } from '../src/ner/model-format.ts'
import { recognizeDocumentEntities, recognizeEntities } from '../src/entities/recognize-entities.ts'
import { loadNerModel } from '../src/ner/load-model.ts'
import { tagEntities } from '../src/ner/ner-model.ts'
import { dayOf, loadBioDev, loadPku, type LabeledText } from './corpus.ts'
import type { ScoredSpan } from './score-spans.ts'

const { values: args } = parseArgs({
  options: {
    set: { type: 'string', default: 'bio' },
    system: { type: 'string', default: 'rules' },
    top: { type: 'string', default: '40' },
    model: { type: 'string' },
  },
})
const model = args.model ? decodeModel(readFileSync(args.model)) : loadNerModel()
// Documents of labeled fields: an article's paragraphs, or one dev-set sentence.
const pku = (articles: readonly PkuArticle[]) =>
  articles.map((a) => a.paragraphs.map((p) => ({ text: p.text, entities: p.entities })))
const documents: LabeledText[][] =
  args.set === 'bio'
    ? loadBioDev().map((sentence) => [sentence])
    : args.set === 'validation'
      ? pku(loadPku().train.filter((a) => dayOf(a) > 20))
      : pku(loadPku().heldOut)
const convention = args.set === 'bio' ? 'full' : 'pku'
const options = { model, mergeNestedPlaces: false, convention } as const
const run = (fields: readonly string[]): ScoredSpan[][] => {
  if (args.system === 'document') return recognizeDocumentEntities(fields, options)
  if (args.system !== 'tagger') return fields.map((text) => recognizeEntities(text, options))
  return fields.map((text) => {
    const spans = tagEntities(model, text)
    return convention === 'pku' ? followPkuConvention(text, spans) : spans
  })
}

const kinds = new Map<string, Map<string, number>>()
const note = (kind: string, what: string) => {
  const m = kinds.get(kind) ?? new Map<string, number>()
  m.set(what, (m.get(what) ?? 0) + 1)
  kinds.set(kind, m)
}
const items = documents.flatMap((doc) => {
  const found = run(doc.map((field) => field.text))
  return doc.map((field, i) => ({ ...field, predicted: found[i] ?? [] }))
})
for (const item of items) {
  const predicted = item.predicted
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
