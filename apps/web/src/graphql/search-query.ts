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
      $orderBy: SearchOrder
    ) {
      search(
        query: $query
        first: $first
        after: $after
        last: $last
        before: $before
        filter: $filter
        orderBy: $orderBy
      ) {
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
            count
            entity {
              id
              name
              type
            }
          }
        }
        edges {
          score
          highlights {
            text
            hit
          }
          node {
            ...ArticleSummary
          }
        }
      }
    }
  `,
  [ArticleSummaryFragment],
)

/** The name of the entity a search is filtered on, when the facets do not list it. */
export const EntityNameQuery = graphql(`
  query EntityName($id: ID!) {
    node(id: $id) {
      ... on Entity {
        id
        name
        type
      }
    }
  }
`)
