// Keyword in context: a page of a query's concordance.
import { graphql } from './graphql.ts'

export const KwicQuery = graphql(`
  query Kwic($query: String!, $sort: KwicSort, $first: Int, $offset: Int) {
    keywordInContext(query: $query, sort: $sort, first: $first, offset: $offset) {
      totalCount
      articleCount
      lines {
        left
        match
        right
        field
        article {
          id
          title
          date
        }
      }
    }
  }
`)
