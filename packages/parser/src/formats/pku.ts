// Read the PKU tagged People's Daily corpus (January 1998) into articles with gold entity spans.
import type { EntityType } from '../types.ts'

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
