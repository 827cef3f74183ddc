// One day's issue: its pages (版次) and their articles in reading order.
import { graphql } from './graphql.ts'

export const IssueQuery = graphql(`
  query Issue($date: Date!, $publication: String) {
    issue(date: $date, publication: $publication) {
      date
      publication {
        name
      }
      previous {
        date
      }
      next {
        date
      }
      pages {
        number
        name
        articles {
          id
          kind
          kicker
          title
          subtitle
          bylines {
            text
          }
        }
      }
    }
  }
`)
