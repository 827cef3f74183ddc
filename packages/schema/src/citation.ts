// Cite an article: GB/T 7714-2015 (the Chinese national standard) and Chicago (17th ed., notes and bibliography).

/** What a citation needs to know about an article. */
export interface CitableArticle {
  title: string | null
  /** Bylines as printed, with the names and agency the parser read from them. */
  bylines: { names: string[]; agency: string | null }[]
  /** An agency named in the dateline (新华社), when no byline names anyone. */
  datelineAgency: string | null
  publication: string
  /** `YYYY-MM-DD`. */
  date: string
  /** 版次; 0 when unknown. */
  page: number
  permalink: string
}

export type CitationStyle = 'GBT7714' | 'CHICAGO'

/**
 * The citation of `article` in `style`, as plain text. `accessed` is the day of access (`YYYY-MM-DD`), which
 * GB/T 7714 requires for an online source.
 *
 * @example
 * citeArticle(article, 'GBT7714', '2026-12-07')
 * // '王鹏. 抗疫情抓生产 筑堡垒当先锋[N/OL]. 人民日报, 2020-03-13(4)[2026-12-07]. http://localhost:3000/articles/…'
 * citeArticle(article, 'CHICAGO', '2026-12-07')
 * // '王鹏. “抗疫情抓生产 筑堡垒当先锋.” 人民日报, March 13, 2020. http://localhost:3000/articles/…'
 */
export function citeArticle(article: CitableArticle, style: CitationStyle, accessed: string): string {
  const title = article.title?.trim() || '（无标题）'
  const authors = authorsOf(article)
  if (style === 'GBT7714') {
    // 主要责任者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 获取和访问路径.
    // More than three authors: the first three, then 等.
    const who = authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, 等` : authors.join(', ')
    const page = article.page > 0 ? `(${article.page})` : ''
    return `${who ? `${who}. ` : ''}${title}[N/OL]. ${article.publication}, ${article.date}${page}[${accessed}]. ${article.permalink}.`
  }
  // Chicago: Author. “Title.” Newspaper, Month Day, Year. URL. Chinese names keep their order, family name first.
  const who =
    authors.length > 3
      ? `${authors[0]} et al.`
      : authors.length > 1
        ? `${authors.slice(0, -1).join(', ')}${authors.length > 2 ? ',' : ''} and ${authors.at(-1)}`
        : (authors[0] ?? '')
  const titlePart = `“${title}.”`
  const lead = who ? (who.endsWith('.') ? `${who} ` : `${who}. `) : ''
  return `${lead}${titlePart} ${article.publication}, ${chicagoDate(article.date)}. ${article.permalink}.`
}

/** The people named in the bylines; failing them, the agencies (新华社); failing those, none. */
function authorsOf(article: CitableArticle): string[] {
  const names = [...new Set(article.bylines.flatMap((b) => b.names))]
  if (names.length > 0) return names
  const agencies = [
    ...new Set(
      [...article.bylines.map((b) => b.agency), article.datelineAgency].filter((a): a is string => !!a),
    ),
  ]
  return agencies
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

function chicagoDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return `${MONTHS[m - 1]} ${d}, ${y}`
}
