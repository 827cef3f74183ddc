// One entity: who or what it is, when it is mentioned, with whom, and where.
import { graphql } from './graphql.ts'
import { ArticleSummaryFragment } from './article-summary.ts'

export const EntityQuery = graphql(
  `
    query Entity(
      $id: ID!
      $granularity: TimelineGranularity!
      $dateFrom: Date
      $dateTo: Date
      $first: Int
      $after: String
      $last: Int
      $before: String
    ) {
      entity(id: $id) {
        id
        type
        name
        aliases
        mentionCount
        parent {
          id
          name
          type
        }
        timeline(granularity: $granularity, dateFrom: $dateFrom, dateTo: $dateTo) {
          period
          count
        }
        articles(
          first: $first
          after: $after
          last: $last
          before: $before
          dateFrom: $dateFrom
          dateTo: $dateTo
        ) {
          totalCount
          pageInfo {
            hasNextPage
            hasPreviousPage
            startCursor
            endCursor
          }
          edges {
            node {
              ...ArticleSummary
            }
          }
        }
      }
    }
  `,
  [ArticleSummaryFragment],
)

export const CoOccurringQuery = graphql(`
  query CoOccurring($id: ID!, $first: Int) {
    entity(id: $id) {
      id
      coOccurrenceNetwork(first: $first) {
        nodes {
          count
          entity {
            id
            name
            type
          }
        }
        edges {
          source
          target
          count
        }
      }
    }
  }
`)
