// The entity directory: entities of a type, or matching a name, with their counts.
import { graphql } from './graphql.ts'

export const EntitiesQuery = graphql(`
  query Entities(
    $type: EntityType
    $query: String
    $orderBy: EntityOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    entities(
      type: $type
      query: $query
      orderBy: $orderBy
      first: $first
      after: $after
      last: $last
      before: $before
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
          id
          name
          type
          aliases
          articleCount
          mentionCount
        }
      }
    }
  }
`)
