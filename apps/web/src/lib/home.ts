// What the front page shows: the archive's size, the newest issues, and this month's most-mentioned entities.
import { HomeQuery, TopEntitiesQuery } from '../graphql/home-query.ts'
import { request } from './api.ts'
import { monthOf, toDay } from './dates.ts'
import { entityTypes, type EntityType } from './labels.ts'

export interface HomeView {
  latestIssues: { date: string; publication: string; pageCount: number }[]
  counts: { issues: number; articles: number; entities: number; publications: number }
  firstDate: string | null
  /** The newest issue's date: "this month" means its month, since the corpus is historical (1998, 2020). */
  lastDate: string | null
}

export async function getHome(): Promise<HomeView> {
  const { corpus, issues } = await request(HomeQuery, {})
  return {
    latestIssues: issues.edges.map(({ node }) => ({
      date: toDay(node.date),
      publication: node.publication.name,
      pageCount: node.pageCount,
    })),
    counts: {
      issues: corpus.issueCount,
      articles: corpus.articleCount,
      entities: corpus.entityCount,
      publications: corpus.publicationCount,
    },
    firstDate: corpus.firstDate ? toDay(corpus.firstDate) : null,
    lastDate: corpus.lastDate ? toDay(corpus.lastDate) : null,
  }
}

export interface TopEntity {
  id: string
  name: string
  type: string
  count: number
}

export interface TopEntities {
  /** The month counted, `YYYY-MM`, or null for the whole archive (an empty archive). */
  month: string | null
  lists: Record<EntityType, TopEntity[]>
}

/** The most-mentioned people, places and organizations in the month of `lastDate`. */
export async function getTopEntities(lastDate: string | null, first = 8): Promise<TopEntities> {
  const [dateFrom, dateTo] = lastDate ? monthOf(lastDate) : [null, null]
  const lists = await Promise.all(
    entityTypes.map(async (type) => {
      const data = await request(TopEntitiesQuery, { type, first, dateFrom, dateTo })
      return data.topEntities.map(({ entity, count }) => ({ ...entity, count }))
    }),
  )
  return {
    month: lastDate ? lastDate.slice(0, 7) : null,
    lists: { PERSON: lists[0] ?? [], LOCATION: lists[1] ?? [], ORGANIZATION: lists[2] ?? [] },
  }
}
