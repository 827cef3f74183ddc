// The front page: the archive's size and its newest issues.
import { graphql } from './graphql.ts'

export const HomeQuery = graphql(`
  query Home {
    corpus {
      issueCount
      articleCount
      entityCount
      publicationCount
      firstDate
      lastDate
    }
    issues(first: 8) {
      edges {
        node {
          date
          pageCount
          publication {
            name
          }
        }
      }
    }
  }
`)

/** The most-mentioned entities of one type in a date range ("this month"). */
export const TopEntitiesQuery = graphql(`
  query TopEntities($type: EntityType!, $first: Int, $dateFrom: Date, $dateTo: Date) {
    topEntities(type: $type, first: $first, dateFrom: $dateFrom, dateTo: $dateTo) {
      count
      entity {
        id
        name
        type
      }
    }
  }
`)
