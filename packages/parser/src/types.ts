// The output contract of @broadsheet/parser: what parsePage returns. Other projects depend on these shapes.

/**
 * What kind of thing an item on the page is: a story (`article`, `commentary`, `brief`), a `photo` with its
 * caption, an `advertisement` (`广告`), a `notice` in an office's own voice (`启事`, `公告`, `讣告`), or a `listing`:
 * a table or list rather than prose (`名单`, a weather forecast).
 */
export type ItemKind = 'article' | 'commentary' | 'photo' | 'brief' | 'advertisement' | 'notice' | 'listing'

/** The three entity types the recognizer finds. */
export type EntityType = 'PERSON' | 'LOCATION' | 'ORGANIZATION'

/** An inclusive range of 1-based source line numbers: `[first, last]`. */
export type LineRange = [number, number]

/**
 * One entity mention inside a text field. `start`/`end` are JavaScript string indices into that field's
 * text (end exclusive), so `field.slice(start, end) === text`.
 *
 * @example { text: '谭德塞', type: 'PERSON', start: 10, end: 13, canonical: 'PERSON:谭德塞' }
 */
export interface EntitySpan {
  text: string
  type: EntityType
  start: number
  end: number
  /** Stable id of the entity this mention names: `${type}:${canonical name}`. */
  canonical: string
}

/**
 * A byline as printed. `□新华社记者 王鹏` gives `{ agency: '新华社', role: '记者', names: ['王鹏'] }`;
 * `新华社评论员` gives role `评论员` and no names.
 */
export interface Byline {
  text: string
  agency: string | null
  role: string | null
  names: string[]
}

/**
 * Where and when a story was filed: `（新华社北京3月12日电）`, or `新华社北京4月30日电` opening a paragraph.
 * `date` is ISO (`2020-03-12`); year and month come from the page date when the dateline leaves them out.
 */
export interface Dateline {
  text: string
  agency: string | null
  place: string | null
  date: string | null
}

/** A paragraph as a reader sees it: hard wraps joined, extraction spaces and noise removed. */
export interface Paragraph {
  text: string
  lines: LineRange
  entities: EntitySpan[]
  /**
   * The dateline the paragraph opens with (`新华社北京2月27日电`, `本报南京2月4日电（记者姚雪青）`), its `text` the
   * paragraph's own prefix: the item's dateline in its first paragraph, or a later story's in a roundup. Absent
   * means none.
   */
  dateline?: Dateline | null
}

export interface Section {
  heading: string | null
  paragraphs: Paragraph[]
}

/** One article, commentary, photo or brief on the page. */
export interface Item {
  kind: ItemKind
  kicker: string | null
  title: string | null
  subtitle: string | null
  /** Entity mentions in `title`, with offsets into the title. */
  titleEntities: EntitySpan[]
  bylines: Byline[]
  /** A photo credit such as `据新华社发` or `新华社记者 肖艺九摄`, and the page staff's such as `版式设计：蔡华伟`. */
  credit: string | null
  dateline: Dateline | null
  sections: Section[]
  /**
   * The page a jump line sends the story on to (`（下转第二版）` gives 2), or null. The jump line's text is kept in
   * the page's `furniture`, not in a paragraph.
   */
  continuesOnPage: number | null
  /** The page the story comes from (`（上接第一版）` gives 1), or null. */
  continuedFromPage: number | null
  lines: LineRange
}

/**
 * A line of the page that belongs to no story: a masthead, an ear, a running head, a colophon, or a jump line
 * (`kind: 'jump'`, whose page number is on the item it belongs to). Kept so that every character of the page is
 * somewhere in the output.
 */
export interface Furniture {
  kind: 'furniture' | 'jump'
  text: string
  lines: LineRange
  /**
   * The page a jump line at the item's end sends the reader on to (`（下转第四版）` gives 4), or null. The archive
   * joins the parts of such a story into one article. Absent means null.
   */
  continuesOnPage?: number | null
  /** The page a jump line at the item's start says it comes from (`（上接第一版）` gives 1), or null. */
  continuedFromPage?: number | null
}

/** The input formats: page layout text and e-edition files (`parsePage`), and PDF pages (`parsePdf`). */
export type SourceFormat = 'page' | 'eedition' | 'pdf'

export interface PageMeta {
  /** The issue date, `YYYY-MM-DD`. Datelines resolve their day against it. */
  date?: string | null
  /** The page number (版次). */
  page?: number | null
  /** The publication, e.g. `人民日报`. */
  publication?: string | null
}

export interface ParseOptions extends PageMeta {
  /** Force an input format instead of detecting it. */
  format?: SourceFormat
  /** Run entity recognition (default true). Turn off to measure layout parsing alone. */
  entities?: boolean
}

export interface ParsedPage {
  date: string | null
  page: number | null
  publication: string | null
  format: SourceFormat
  items: Item[]
  /** Lines read as page furniture and jump lines, in page order. */
  furniture: Furniture[]
  warnings: string[]
}
