// Load the training and evaluation data from ../shared for the NER scripts: PKU splits, the BIO dev set, surnames.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readPkuCorpus, type PkuArticle, type PkuEntity } from '../src/formats/pku.ts'
import type { WordSpan } from '../src/ner/tags.ts'
import type { EntityType } from '../src/types.ts'

const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url))

/** A text with its gold entities, and its gold words where the corpus segments it. */
export interface LabeledText {
  text: string
  entities: PkuEntity[]
  words?: WordSpan[]
}

/** Days 1–24 train the model; days 25–27 are held out and never trained on. */
export const FIRST_HELD_OUT_DAY = 25

/** PKU January 1998 articles, split by day. */
export function loadPku(): { train: PkuArticle[]; heldOut: PkuArticle[] } {
  const articles = readPkuCorpus(readFileSync(SHARED + 'corpus/pku1998/199801-01-27.txt', 'utf8'))
  const day = (a: PkuArticle) => Number(a.date.slice(8, 10))
  return {
    train: articles.filter((a) => day(a) < FIRST_HELD_OUT_DAY),
    heldOut: articles.filter((a) => day(a) >= FIRST_HELD_OUT_DAY),
  }
}

/** Paragraphs of articles as labeled texts. */
export function paragraphsOf(articles: readonly PkuArticle[]): LabeledText[] {
  return articles.flatMap((a) =>
    a.paragraphs.map((p) => ({
      text: p.text,
      entities: p.entities,
      words: p.tokens.map((t) => ({ start: t.start, end: t.end })),
    })),
  )
}

// `。`, `！`, `？` end sentences; no PKU entity or word contains them, so splitting keeps every gold span whole.
const SENTENCE_END = /[。！？]/g

/** Split a labeled paragraph into sentences, shifting entity offsets. */
export function splitSentences(item: LabeledText): LabeledText[] {
  const cuts = [0]
  for (const m of item.text.matchAll(SENTENCE_END)) cuts.push((m.index ?? 0) + 1)
  if (cuts.at(-1) !== item.text.length) cuts.push(item.text.length)
  const out: LabeledText[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0
    const end = cuts[i + 1] ?? 0
    if (end <= start) continue
    const entities = item.entities
      .filter((e) => e.start >= start && e.end <= end)
      .map((e) => ({ ...e, start: e.start - start, end: e.end - start }))
    const words = item.words
      ?.filter((w) => w.start >= start && w.end <= end)
      .map((w) => ({ start: w.start - start, end: w.end - start }))
    out.push({ text: item.text.slice(start, end), entities, ...(words && { words }) })
  }
  return out
}

const BIO_TYPES: Record<string, EntityType> = { PER: 'PERSON', LOC: 'LOCATION', ORG: 'ORGANIZATION' }

/** `people-daily-ner.dev.bio`: one character and tag per line, a blank line between sentences. */
export function loadBioDev(): LabeledText[] {
  const out: LabeledText[] = []
  let text = ''
  let entities: PkuEntity[] = []
  let open = null as PkuEntity | null
  const close = () => {
    if (open) entities.push({ ...open, text: text.slice(open.start, open.end) })
    open = null
  }
  const flush = () => {
    close()
    if (text) out.push({ text, entities })
    text = ''
    entities = []
  }
  for (const line of readFileSync(SHARED + 'corpus/ner/people-daily-ner.dev.bio', 'utf8').split(/\r?\n/)) {
    if (!line.trim()) {
      flush()
      continue
    }
    const [char = '', tag = 'O'] = line.split(/\s+/)
    const [prefix, kind = ''] = tag.split('-')
    const type = BIO_TYPES[kind]
    if (prefix === 'B' || !type || open?.type !== type) close()
    if (type && !open) open = { text: '', type, start: text.length, end: text.length }
    text += char
    if (open) open.end = text.length
  }
  flush()
  return out
}

/** Surname → strength 1–4 from the surname frequency list. */
export function loadSurnames(): Record<string, number> {
  const out: Record<string, number> = {}
  const lines = readFileSync(SHARED + 'gazetteer/surnames/chinese_family_names_1k.tsv', 'utf8')
    .trim()
    .split(/\r?\n/)
  for (const line of lines.slice(1)) {
    const [name = '', tf = '0'] = line.split('\t')
    if (name.length !== 1) continue
    const f = Number(tf)
    out[name] = f >= 1000 ? 4 : f >= 100 ? 3 : f >= 20 ? 2 : 1
  }
  return out
}
