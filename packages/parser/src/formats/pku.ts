// Read the PKU tagged People's Daily corpus (January 1998) into articles with gold entity spans.
import { canonicalId } from '../entities/canonicalize.ts'
import { cover, finishItem, newDraft } from '../model/item-draft.ts'
import { parseBylineLine } from '../patterns/parse-byline.ts'
import { matchLeadingDateline } from '../patterns/parse-dateline.ts'
import type { Byline, EntitySpan, EntityType, Item, LineRange } from '../types.ts'

/** A gold entity mention inside one PKU paragraph; offsets are string indices into the paragraph's text. */
export interface PkuEntity {
  text: string
  type: EntityType
  start: number
  end: number
}

/** One line of the corpus: a paragraph as plain text, its tokens and its gold entities. */
export interface PkuParagraph {
  /** `19980101-01-001-002`: date, page, article, paragraph. */
  id: string
  text: string
  tokens: PkuToken[]
  entities: PkuEntity[]
}

/** A word with its part-of-speech tag, and the tag of the bracketed compound it sits in, if any. */
export interface PkuToken {
  word: string
  tag: string
  /** Outer tag of a bracketed compound (`[中央/n 人民/n 广播/vn 电台/n]nt` gives `nt`), else null. */
  compound: string | null
  start: number
  end: number
}

/** One article: consecutive paragraphs sharing a date-page-article id. The first paragraph is its title. */
export interface PkuArticle {
  /** `19980101-01-001` */
  id: string
  /** ISO date, `1998-01-01`. */
  date: string
  page: number
  title: string
  paragraphs: PkuParagraph[]
}

const ENTITY_TAGS: Readonly<Record<string, EntityType>> = {
  nr: 'PERSON',
  ns: 'LOCATION',
  nt: 'ORGANIZATION',
}

// > 19980101-01-001-006/m  通过/p  [中央/n  人民/n  广播/vn  电台/n]nt  、/w
//                                  ^ opens a compound      closes it, outer tag ^^
const TOKEN = /^(\[)?(.+)\/([A-Za-z]+)(?:\]([A-Za-z]+))?$/
const LINE_ID = /^(\d{8})-(\d{2})-(\d{3})-(\d{3})\/m$/

/**
 * Parse one corpus line into a paragraph, or null for a blank line or a line without an id.
 * `nr` → PERSON, `ns` → LOCATION, `nt` → ORGANIZATION; adjacent `nr` tokens form one PERSON; a bracketed
 * compound is one entity of its outer tag, and the tags inside it are ignored.
 *
 * @example parsePkuLine('19980101-01-001-002/m  国家/n  主席/n  江/nr  泽民/nr').entities
 * // [{ text: '江泽民', type: 'PERSON', start: 4, end: 7 }]
 */
export function parsePkuLine(line: string): PkuParagraph | null {
  const fields = line.trim().split(/\s+/)
  const id = LINE_ID.exec(fields[0] ?? '')
  if (!id) return null
  const tokens: PkuToken[] = []
  const entities: PkuEntity[] = []
  let text = ''
  let compoundStart = -1
  let compoundTokens: PkuToken[] = []
  for (const field of fields.slice(1)) {
    const m = TOKEN.exec(field)
    if (!m) continue
    const [, open, word = '', tag = '', close] = m
    const token: PkuToken = { word, tag, compound: null, start: text.length, end: text.length + word.length }
    text += word
    tokens.push(token)
    if (open) {
      compoundStart = token.start
      compoundTokens = []
    }
    if (compoundStart >= 0) compoundTokens.push(token)
    if (close !== undefined && compoundStart >= 0) {
      for (const t of compoundTokens) t.compound = close
      const type = ENTITY_TAGS[close]
      if (type)
        entities.push({
          text: text.slice(compoundStart, token.end),
          type,
          start: compoundStart,
          end: token.end,
        })
      compoundStart = -1
      continue
    }
    if (compoundStart >= 0) continue
    const type = ENTITY_TAGS[tag]
    if (!type) continue
    const last = entities.at(-1)
    if (type === 'PERSON' && last?.type === 'PERSON' && last.end === token.start && lastWasLoose(tokens)) {
      last.end = token.end
      last.text += word
    } else {
      entities.push({ text: word, type, start: token.start, end: token.end })
    }
  }
  return { id: `${id[1]}-${id[2]}-${id[3]}-${id[4]}`, text, tokens, entities }
}

// Only a loose `nr` token (not the end of a bracketed compound) extends the PERSON before it.
function lastWasLoose(tokens: PkuToken[]): boolean {
  const previous = tokens[tokens.length - 2]
  return previous !== undefined && previous.compound === null && previous.tag === 'nr'
}

/**
 * Group the corpus's paragraphs into articles, in corpus order.
 *
 * @example readPkuCorpus(text)[0] // { id: '19980101-01-001', date: '1998-01-01', page: 1, title: '迈向充满希望的新世纪——…', … }
 */
export function readPkuCorpus(text: string): PkuArticle[] {
  const articles: PkuArticle[] = []
  for (const line of text.split(/\r?\n/)) {
    const paragraph = parsePkuLine(line)
    if (!paragraph) continue
    const articleId = paragraph.id.slice(0, 15)
    let article = articles.at(-1)
    if (article?.id !== articleId) {
      const [day = '', page = '0'] = articleId.split('-')
      article = {
        id: articleId,
        date: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`,
        page: Number(page),
        title: paragraph.text,
        paragraphs: [],
      }
      articles.push(article)
    }
    article.paragraphs.push(paragraph)
  }
  return articles
}

// Two-character surnames, which the corpus writes as one token (`欧阳/nr 修/nr`).
const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 诸葛 上官 司徒 东方 夏侯 皇甫 尉迟 公孙 慕容 长孙 宇文 令狐 端木 西门 南宫 独孤 轩辕 呼延'.split(
    ' ',
  ),
)

/**
 * The paragraph's entities with each list of people split into its people. The corpus writes a name as a surname
 * and a given name (`江/nr 泽民/nr`), so its rule that adjacent `nr` tokens form one PERSON also joins the names
 * of a list printed without separators (`李/nr 鹏/nr 乔/nr 石/nr` is `李鹏乔石`). In a run of three tokens or
 * more, a one-character token (or a two-character surname) starts a person with the token after it, and any other
 * token is a person of its own (`剑武/nr 安/nr 远远/nr`: `剑武`, `安远远`).
 *
 * @example splitNameLists(parsePkuLine('19980101-01-001-002/m  李/nr  鹏/nr  乔/nr  石/nr')!).map((e) => e.text)
 * // ['李鹏', '乔石']
 */
export function splitNameLists(paragraph: PkuParagraph): PkuEntity[] {
  return paragraph.entities.flatMap((entity) => {
    if (entity.type !== 'PERSON') return [entity]
    const tokens = paragraph.tokens.filter((t) => t.start >= entity.start && t.end <= entity.end)
    if (tokens.length < 3 || tokens.some((t) => t.compound !== null)) return [entity]
    const people: PkuEntity[] = []
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i] as PkuToken
      const surname = first.word.length === 1 || COMPOUND_SURNAMES.has(first.word)
      const last = surname && i + 1 < tokens.length ? (tokens[++i] as PkuToken) : first
      people.push({
        text: paragraph.text.slice(first.start, last.end),
        type: 'PERSON',
        start: first.start,
        end: last.end,
      })
    }
    return people
  })
}

/** One page of the corpus read as the archive stores pages: its items, each with the corpus's article number. */
export interface PkuPage {
  /** ISO date, `1998-01-01`. */
  date: string
  page: number
  /** The page's articles as items, with the gold entity spans (canonical ids from `canonicalId`). */
  items: Item[]
  /** Each item's article number on the page (`19980101-01-003` is 3), in item order. */
  articleNumbers: number[]
}

// The compilers' notes, not printed text: `（附图片１张）` marks an article printed with pictures, `（图片）` a picture.
const PICTURES_NOTE = /[（(]附图片[0-9０-９一二三四五六七八九十]+张[）)]$/u
const PICTURE_NOTE = /[（(]图片[）)]$/u
const PICTURE_TITLES = new Set(['图片新闻', '图片报道', '新闻图片'])
// Sentence punctuation that no title holds inside: a first paragraph with it is the story's text.
const SENTENCE_INSIDE = /[。；]|[！？](?!$)/u
const MAX_TITLE_CHARS = 60
// Tags a byline line is made of: names, the paper and role (`本报/r 记者/n`), `驻/v` a place, `和/c`, `、/w`.
const BYLINE_TAGS = new Set(['nr', 'nt', 'ns', 'n', 'r', 'w', 'j'])

/**
 * The items of one page of the PKU corpus (`text` holds its lines; line numbers count from its start). Each article
 * is one item. Its first paragraph is its title only when it reads as one: short, with no sentence punctuation
 * inside; otherwise the article has no title and the paragraph stays in its text, as for a `本报讯…（祝谦）` brief.
 * A title run into its text (`北京龙潭庙会韵味浓本报讯…`) is split at the dateline. A line of names after the
 * title (`本报记者王锦鹄毛磊`, `李滨声／画`) is the byline, the compilers' notes (`（附图片１张）`) are dropped,
 * and `（图片）` or `图片新闻` make the item a photo. Datelines, bylines in them, closing signatures and kinds are
 * read as for every other format. Entities are the corpus's gold spans, lists of names split into their people.
 *
 * @example readPkuPage(lines).items[0]?.title // '迈向充满希望的新世纪——一九九八年新年讲话'
 */
export function readPkuPage(text: string): PkuPage {
  const lines = text.split('\n')
  const articles: { number: number; paragraphs: { paragraph: PkuParagraph; line: number }[] }[] = []
  lines.forEach((raw, i) => {
    const paragraph = parsePkuLine(raw)
    if (paragraph === null) return
    const number = Number(paragraph.id.slice(12, 15))
    const last = articles.at(-1)
    if (last?.number === number) last.paragraphs.push({ paragraph, line: i + 1 })
    else articles.push({ number, paragraphs: [{ paragraph, line: i + 1 }] })
  })
  const first = articles[0]?.paragraphs[0]?.paragraph.id
  if (first === undefined) throw new Error('not a PKU corpus line (expected 19980101-01-001-001/m …)')
  const date = `${first.slice(0, 4)}-${first.slice(4, 6)}-${first.slice(6, 8)}`
  return {
    date,
    page: Number(first.slice(9, 11)),
    items: articles.map((article) => readArticle(article.paragraphs, date)),
    articleNumbers: articles.map((article) => article.number),
  }
}

interface Field {
  text: string
  entities: EntitySpan[]
  tokens: PkuToken[]
  lines: LineRange
}

function readArticle(paragraphs: { paragraph: PkuParagraph; line: number }[], date: string): Item {
  let fields: Field[] = paragraphs.map(({ paragraph, line }) => ({
    text: paragraph.text,
    entities: splitNameLists(paragraph).map((e) => ({ ...e, canonical: canonicalId(e.type, e.text) })),
    tokens: paragraph.tokens,
    lines: [line, line],
  }))
  const lines: LineRange = [fields[0]!.lines[0], fields.at(-1)!.lines[1]]
  let picture = false
  let pictured = false
  // > | 满洲里边贸持续发展（图片）      > | （附图片１张）
  //               ^^^^^^ a picture       ^ a note of its own, on a line of its own
  fields = fields.flatMap((field) => {
    if (PICTURES_NOTE.exec(field.text)?.index === 0) return []
    const note = PICTURE_NOTE.exec(field.text) ?? PICTURES_NOTE.exec(field.text)
    if (note === null || field !== fields[0]) return [field]
    picture ||= PICTURE_NOTE.test(field.text)
    pictured = true
    return [cut(field, 0, note.index)]
  })
  const draft = newDraft()
  cover(draft, lines)
  let titleEntities: EntitySpan[] = []
  const head = fields[0]
  if (head !== undefined && readsAsTitle(head.text)) {
    draft.title = head.text
    titleEntities = head.entities
    fields.shift()
  } else if (head !== undefined) {
    // > | 北京龙潭庙会韵味浓本报讯北京第十五届龙潭庙会…   a title run into its text, at the dateline
    const at =
      /本报讯|(?:据)?(?:新华社|本报)\p{Script=Han}{1,12}?[0-9０-９一二三四五六七八九十]+日[电讯]/u.exec(
        head.text,
      )
    if (at !== null && at.index >= 2 && readsAsTitle(head.text.slice(0, at.index))) {
      const title = cut(head, 0, at.index)
      draft.title = title.text
      titleEntities = title.entities
      fields[0] = cut(head, at.index, head.text.length)
    }
  }
  const byline = draft.title === null ? null : readBylineField(fields[0])
  if (byline !== null) {
    draft.bylines.push(byline)
    fields.shift()
  }
  for (const field of fields) {
    const section = draft.sections[0]
    const paragraph = { text: field.text, lines: field.lines, entities: field.entities }
    if (section === undefined) draft.sections.push({ heading: null, paragraphs: [paragraph] })
    else section.paragraphs.push(paragraph)
  }
  const item = finishItem(draft, date, [])
  item.titleEntities = titleEntities
  // > | 舞台贺年深情厚意屏幕迎春欢天喜地（附图片２张）   pictures under a heading, and no text: a photo
  const textless = item.sections.every((s) => s.paragraphs.length === 0)
  if (picture || PICTURE_TITLES.has(draft.title ?? '') || (textless && pictured)) item.kind = 'photo'
  return item
}

// A field cut to `[start, end)` of its text, with the entities inside it moved along.
function cut(field: Field, start: number, end: number): Field {
  return {
    ...field,
    text: field.text.slice(start, end),
    entities: field.entities
      .filter((e) => e.start >= start && e.end <= end)
      .map((e) => ({ ...e, start: e.start - start, end: e.end - start })),
    tokens: field.tokens.filter((t) => t.start >= start && t.end <= end),
  }
}

function readsAsTitle(text: string): boolean {
  const title = text.trim()
  return (
    title.length > 0 &&
    title.length <= MAX_TITLE_CHARS &&
    !SENTENCE_INSIDE.test(title) &&
    matchLeadingDateline(title) === null
  )
}

/**
 * The byline a line after the title is, or null: `本报记者王锦鹄毛磊`, `新华社记者冯亦珍`, `本报驻南非记者温宪`,
 * `竹青`, `农业部部长刘江`, `李滨声／画`, `周朝荣钱云强摄影报道`. It is short, made of names and the words of a
 * byline, and ends with a person (or a role such as `本报评论员`); the corpus's name tags say where each name is.
 */
function readBylineField(field: Field | undefined): Byline | null {
  if (field === undefined || field.text.length > 24) return null
  const line = parseBylineLine(field.text)
  if (line !== null && line.length === 1) return line[0]!
  const people = field.entities.filter((e) => e.type === 'PERSON')
  const last = people.at(-1)
  const tail = field.text.slice(last?.end ?? 0)
  if (last === undefined || !/^(?:[／/](?:画|文|图|摄)|摄影报道|摄影|摄|报道)?$/u.test(tail)) return null
  const before = field.tokens.filter((t) => t.end <= (people[0] as EntitySpan).start)
  if (!before.every((t) => BYLINE_TAGS.has(t.compound ?? t.tag) || t.word === '驻' || t.word === '和'))
    return null
  const between = field.tokens.filter((t) => t.start >= (people[0] as EntitySpan).start && t.end <= last.end)
  if (!between.every((t) => t.tag === 'nr' || t.word === '和' || t.word === '、')) return null
  return { text: field.text, agency: null, role: null, names: people.map((p) => p.text) }
}
