// Full-text search over articles with highlighted snippets and facets.
import { graphql } from './graphql.ts'
import { ArticleSummaryFragment } from './article-summary.ts'

export const SearchQuery = graphql(
  `
    query Search(
      $query: String!
      $first: Int
      $after: String
      $last: Int
      $before: String
      $filter: ArticleFilter
    ) {
      search(query: $query, first: $first, after: $after, last: $last, before: $before, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        facets {
          kind {
            value
            count
          }
          month {
            value
            count
          }
          entity {
            value
            count
          }
        }
        edges {
          score
          highlights
          node {
            ...ArticleSummary
          }
        }
      }
    }
  `,
  [ArticleSummaryFragment],
)
