// Decide which articles of one issue are one story: the same story printed twice, or the parts of a continued one.

/** An article of an issue as consolidation sees it: where it starts, its title, its text and its jump lines. */
export interface IssueArticle {
  id: number
  /** The first placement's page number and position on it. */
  page: number
  position: number
  title: string | null
  /** The body: the paragraphs joined. */
  text: string
  /** The page the article's last part continues on (`（下转第四版）`), or null. */
  continuesOnPage: number | null
  /** The page its first part comes from (`（上接第一版）`), or null. */
  continuedFromPage: number | null
}

/**
 * A merge: `reprint` drops `drop` (the same story printed again) into `keep`, the first printing;
 * `continuation` appends `next`, the part after a jump line, to `first`.
 */
export type Consolidation =
  { kind: 'reprint'; keep: number; drop: number } | { kind: 'continuation'; first: number; next: number }

/**
 * Titles that head many different items (a picture column, an advertisement): two items under one of them are one
 * story only when their text is the same, never by title and likeness.
 */
export const GENERIC_TITLES: ReadonlySet<string> = new Set([
  '图片报道',
  '图片新闻',
  '新闻图片',
  '摄影报道',
  '广告',
  '图表',
  '简讯',
  '短讯',
])

/** Texts shorter than this are too short to call two items the same story (a bare credit, a one-line caption). */
export const MIN_SHARED_TEXT = 20

/** Two bodies under one title are one story from this likeness on: most of their text in common. */
export const SAME_STORY_LIKENESS = 0.5

/**
 * How alike two texts are: the share of their distinct character pairs they have in common (Jaccard over
 * bigrams), from 0 to 1.
 *
 * @example textLikeness('疫情防控阻击战', '疫情防控阻击战打响') // 0.75
 */
export function textLikeness(a: string, b: string): number {
  const pairs = (text: string) => {
    const set = new Set<string>()
    for (let i = 0; i + 1 < text.length; i++) set.add(text.slice(i, i + 2))
    return set
  }
  const x = pairs(a)
  const y = pairs(b)
  if (x.size === 0 || y.size === 0) return 0
  let shared = 0
  for (const pair of x) if (y.has(pair)) shared++
  return shared / (x.size + y.size - shared)
}

/**
 * The merges that make each story of an issue one article. Continued stories first: a part that says it comes
 * from page p (`（上接第一版）`) joins the part on page p that says it continues on the part's page, taken in reading
 * order when a page holds several. Then reprints: articles with the same text (at least `MIN_SHARED_TEXT`
 * characters), or with the same title (not a generic one) and text at least `SAME_STORY_LIKENESS` alike, are one
 * story, kept at its first printing (lowest page, then position). Already consolidated articles give no merges, so
 * planning the same issue again gives none.
 */
export function planConsolidation(articles: readonly IssueArticle[]): Consolidation[] {
  const merges: Consolidation[] = []
  const joined = new Set<number>()
  const byOrder = [...articles].sort((a, b) => a.page - b.page || a.position - b.position || a.id - b.id)
  const rank = new Map(byOrder.map((article, i) => [article.id, i]))

  for (const next of byOrder) {
    if (next.continuedFromPage === null || joined.has(next.id)) continue
    const first = byOrder.find(
      (a) =>
        a.id !== next.id &&
        !joined.has(a.id) &&
        a.page === next.continuedFromPage &&
        a.continuesOnPage === next.page,
    )
    if (first === undefined) continue
    merges.push({ kind: 'continuation', first: first.id, next: next.id })
    joined.add(first.id).add(next.id)
  }

  // Union the rest into stories; each story is kept at its first printing.
  const parent = new Map<number, number>()
  const find = (id: number): number => {
    let root = id
    while (parent.has(root)) root = parent.get(root) as number
    return root
  }
  const union = (a: IssueArticle, b: IssueArticle) => {
    const [x, y] = [find(a.id), find(b.id)]
    if (x === y) return
    if ((rank.get(x) as number) < (rank.get(y) as number)) parent.set(y, x)
    else parent.set(x, y)
  }
  const rest = byOrder.filter((a) => !joined.has(a.id))
  const byText = new Map<string, IssueArticle>()
  const byTitle = new Map<string, IssueArticle[]>()
  for (const article of rest) {
    if (article.text.length >= MIN_SHARED_TEXT) {
      const same = byText.get(article.text)
      if (same) union(same, article)
      else byText.set(article.text, article)
    }
    const title = article.title?.trim()
    if (!title || GENERIC_TITLES.has(title) || article.text.length < MIN_SHARED_TEXT) continue
    const titled = byTitle.get(title) ?? []
    for (const other of titled) {
      if (textLikeness(other.text, article.text) >= SAME_STORY_LIKENESS) union(other, article)
    }
    byTitle.set(title, [...titled, article])
  }
  for (const article of rest) {
    const keep = find(article.id)
    if (keep !== article.id) merges.push({ kind: 'reprint', keep, drop: article.id })
  }
  return merges
}
