// A page of keyword in context for the concordance page.
import { KwicQuery } from '../graphql/kwic-query.ts'
import { request } from './api.ts'
import { toDay } from './dates.ts'
import { queryProblem } from './query-problems.ts'

export const kwicPageSize = 100

export type KwicSort = 'date' | 'left' | 'right'

export interface KwicState {
  q: string
  sort: KwicSort
  page: number
}

export interface KwicView {
  totalCount: number
  articleCount: number
  lines: { left: string; match: string; right: string; articleId: string; title: string; date: string }[]
  problem: { message: string; detail: string } | null
}

type RawParams = Record<string, string | string[] | undefined>

export function readKwicState(params: RawParams): KwicState {
  const one = (key: string) => ([] as string[]).concat(params[key] ?? [])[0]?.trim() ?? ''
  const sort = one('sort')
  const page = Number(one('page') || '1')
  return {
    q: one('q'),
    sort: sort === 'left' || sort === 'right' ? sort : 'date',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

export function kwicHref(state: KwicState, changes: Partial<KwicState> = {}): string {
  const next = { ...state, ...changes }
  const params = new URLSearchParams({ q: next.q })
  if (next.sort !== 'date') params.set('sort', next.sort)
  if (next.page > 1) params.set('page', String(next.page))
  return `/kwic?${params.toString()}`
}

export async function getKwic(state: KwicState): Promise<KwicView> {
  try {
    const data = await request(KwicQuery, {
      query: state.q,
      sort: state.sort === 'left' ? 'LEFT' : state.sort === 'right' ? 'RIGHT' : 'DATE',
      first: kwicPageSize,
      offset: (state.page - 1) * kwicPageSize,
    })
    const result = data.keywordInContext
    return {
      totalCount: result.totalCount,
      articleCount: result.articleCount,
      problem: null,
      lines: result.lines.map((line) => ({
        left: line.left,
        match: line.match,
        right: line.right,
        articleId: line.article.id,
        title: line.article.title?.trim() || '（无标题）',
        date: toDay(line.article.date),
      })),
    }
  } catch (error) {
    const problem = queryProblem(error)
    if (problem) return { totalCount: 0, articleCount: 0, lines: [], problem }
    // Too many texts to sort, or another refusal: say it as it was said.
    if (error instanceof Error && 'code' in error && error.code === 'BAD_USER_INPUT')
      return {
        totalCount: 0,
        articleCount: 0,
        lines: [],
        problem: { message: '无法生成语境索引。', detail: error.message },
      }
    throw error
  }
}
