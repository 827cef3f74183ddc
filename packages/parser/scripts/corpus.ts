// Load the training and evaluation data from ../shared for the NER scripts: PKU splits, the BIO dev set, surnames.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sharedPath } from '@broadsheet/shared-data'
import {
  readPkuCorpus,
  splitNameLists,
  type PkuArticle,
  type PkuEntity,
  type PkuParagraph,
} from '../src/formats/pku.ts'
import {
  CELESTIAL_BODIES,
  ORGANIZATION_ABBREVIATIONS,
  PLACE_ABBREVIATION_WORDS,
} from '../src/lexicon/abbreviations.ts'
import { sentenceCuts } from '../src/ner/sentences.ts'
import type { WordSpan } from '../src/ner/tags.ts'
import type { EntityType } from '../src/types.ts'

/** A text with its gold entities, and its gold words where the corpus segments it. */
export interface LabeledText {
  text: string
  entities: PkuEntity[]
  words?: WordSpan[]
}

/** Days 1–24 train the model; days 25–27 are held out and never trained on. */
export const FIRST_HELD_OUT_DAY = 25

/** The day of January 1998 an article appeared on. */
export function dayOf(article: PkuArticle): number {
  return Number(article.date.slice(8, 10))
}

/** PKU January 1998 articles, split by day. */
export function loadPku(): { train: PkuArticle[]; heldOut: PkuArticle[] } {
  const articles = readPkuCorpus(readFileSync(sharedPath('corpus/pku1998/199801-01-27.txt'), 'utf8'))
  return {
    train: articles.filter((a) => dayOf(a) < FIRST_HELD_OUT_DAY),
    heldOut: articles.filter((a) => dayOf(a) >= FIRST_HELD_OUT_DAY),
  }
}

/**
 * Paragraphs of articles as training targets, as the corpus tags them or, with `full`, in the full convention
 * (see {@link toFullConvention}). Either way a list of names printed back to back is its people
 * (`splitNameLists`): the tagger learns where one name ends and the next begins, and the PKU convention joins
 * them again.
 */
export function paragraphsOf(
  articles: readonly PkuArticle[],
  full: ReadonlySet<string> | null = null,
): LabeledText[] {
  return articles.flatMap((a) =>
    a.paragraphs.map((p) =>
      full
        ? toFullConvention(p, full)
        : {
            text: p.text,
            entities: splitNameLists(p),
            words: p.tokens.map((t) => ({ start: t.start, end: t.end })),
          },
    ),
  )
}

/** People the corpus tags at least `min` times: the names that {@link toFullConvention} finds inside words. */
export function frequentPeople(articles: readonly PkuArticle[], min = 3): Set<string> {
  const counts = new Map<string, number>()
  for (const a of articles) {
    for (const p of a.paragraphs) {
      for (const e of p.entities) if (e.type === 'PERSON') counts.set(e.text, (counts.get(e.text) ?? 0) + 1)
    }
  }
  return new Set([...counts].filter(([name, n]) => n >= min && name.length >= 2).map(([name]) => name))
}

// `访[华]` → word `访华`, places at offset 1.
const PLACE_WORDS = new Map(
  PLACE_ABBREVIATION_WORDS.map((pattern) => {
    const places: [number, number][] = []
    let word = ''
    for (const part of pattern.split(/(\[[^\]]+\])/)) {
      if (part.startsWith('[')) places.push([word.length, word.length + part.length - 2])
      word += part.replace(/[[\]]/g, '')
    }
    return [word, places] as const
  }),
)
const ORGANIZATION_WORDS = new Set(ORGANIZATION_ABBREVIATIONS)
const CELESTIAL = new Set(CELESTIAL_BODIES)
const DOCTRINE = /^(?:理论|思想|主义)$/
// One-character abbreviations in the corpus that name no place: `国/j 企/j`, `农/j 行/j`, `九/j 运会`.
const NOT_PLACES = new Set([
  ...'一业九产企伪体公军农冠副办化医司商回团壮外存导少局工常干康彝战技护摄数旧服检演热牧瑶苗穷篮红编网警谢贷贸转轻边近退道销铁银毛',
])

/**
 * A corpus paragraph in the full convention, which tags what PKU leaves as plain words: one-character place
 * abbreviations (`中/j 美/j` → two LOCATIONs), places inside words (`访华/v` → `华`), organizations printed
 * abbreviated (`欧盟/j`), the country of a government (`[美国/ns 政府/n]nt` → LOCATION `美国`) and people inside
 * words (`邓小平理论/n` → PERSON `邓小平`). The words around them are cut to match.
 */
export function toFullConvention(p: PkuParagraph, people: ReadonlySet<string>): LabeledText {
  const entities: PkuEntity[] = []
  const words: WordSpan[] = []
  const add = (type: EntityType, start: number, end: number) =>
    entities.push({ type, start, end, text: p.text.slice(start, end) })
  // Split a word into entity parts and the words between them.
  const split = (start: number, end: number, parts: readonly [EntityType, number, number][]) => {
    let at = start
    for (const [type, s, e] of parts) {
      if (s > at) words.push({ start: at, end: s })
      add(type, s, e)
      at = e
    }
    if (end > at) words.push({ start: at, end })
  }
  const byStart = new Map(splitNameLists(p).map((e) => [e.start, e]))
  for (let i = 0; i < p.tokens.length; i++) {
    const t = p.tokens[i] as (typeof p.tokens)[number]
    const entity = byStart.get(t.start)
    if (entity) {
      const inside = p.tokens.filter((u) => u.start >= entity.start && u.end <= entity.end)
      const [first, second] = inside
      const country = first && (first.tag === 'ns' || (first.tag === 'j' && first.word.length === 1))
      if (entity.type === 'ORGANIZATION' && inside.length === 2 && country && second?.word === '政府') {
        add('LOCATION', first.start, first.end)
        words.push({ start: second.start, end: second.end })
      } else entities.push(entity)
      i += inside.length - 1
      continue
    }
    if (t.tag === 'j' && t.word.length === 1 && /\p{Script=Han}/u.test(t.word) && !NOT_PLACES.has(t.word)) {
      add('LOCATION', t.start, t.end)
      continue
    }
    const places = PLACE_WORDS.get(t.word)
    if (places) {
      split(
        t.start,
        t.end,
        places.map(([s, e]) => ['LOCATION', t.start + s, t.start + e]),
      )
      continue
    }
    if (ORGANIZATION_WORDS.has(t.word)) {
      // `中共/j 十五大/j`: one ORGANIZATION.
      const last = entities.at(-1)
      const before = p.tokens[i - 1]
      if (
        last?.type === 'ORGANIZATION' &&
        last.end === t.start &&
        ORGANIZATION_WORDS.has(before?.word ?? '')
      ) {
        last.end = t.end
        last.text = p.text.slice(last.start, last.end)
      } else add('ORGANIZATION', t.start, t.end)
      continue
    }
    if (CELESTIAL.has(t.word)) {
      add('LOCATION', t.start, t.end)
      continue
    }
    // `马克思列宁主义`: names from the front, then the doctrine.
    const names: [EntityType, number, number][] = []
    let rest = t.word
    let at = t.start
    for (let length = 2; length <= 4 && length < rest.length; length++) {
      if (!people.has(rest.slice(0, length))) continue
      names.push(['PERSON', at, at + length])
      rest = rest.slice(length)
      at += length
      length = 1
    }
    if (names.length && DOCTRINE.test(rest)) split(t.start, t.end, names)
    else words.push({ start: t.start, end: t.end })
  }
  return { text: p.text, entities, words }
}

/** Split a labeled paragraph into sentences (see {@link sentenceCuts}), shifting entity offsets. */
export function splitSentences(item: LabeledText): LabeledText[] {
  const cuts = sentenceCuts(item.text)
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
  for (const line of readFileSync(sharedPath('corpus/ner/people-daily-ner.dev.bio'), 'utf8').split(/\r?\n/)) {
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
  const lines = readFileSync(sharedPath('gazetteer/surnames/chinese_family_names_1k.tsv'), 'utf8')
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

/** The paragraphs of the e-edition files (January–February 2020), unlabeled, one per line. */
export function loadEpaperParagraphs(): string[] {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : [],
    )
  return files(sharedPath('corpus/epaper'))
    .sort()
    .flatMap((path) => readFileSync(path, 'utf8').split(/\r?\n/))
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}
