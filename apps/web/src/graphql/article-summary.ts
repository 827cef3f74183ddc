// The fields every article list shows: what it is, where it was printed.
import { graphql } from './graphql.ts'

export const ArticleSummaryFragment = graphql(`
  fragment ArticleSummary on Article @_unmask {
    id
    kind
    kicker
    title
    subtitle
    date
    page {
      number
      name
      issue {
        date
        publication {
          name
        }
      }
    }
  }
`)
