// One article with its text, mentions, provenance, neighbours in the issue, and related articles.
import { graphql } from './graphql.ts'
import { ArticleSummaryFragment } from './article-summary.ts'

export const ArticleQuery = graphql(
  `
    query Article($id: ID!) {
      article(id: $id) {
        id
        kind
        kicker
        title
        subtitle
        date
        titleMentions {
          start
          end
          entity {
            id
            name
            type
          }
        }
        bylines {
          agency
          role
          names
          text
        }
        dateline {
          agency
          place
          date
          text
        }
        sections {
          heading
          paragraphs {
            text
            mentions {
              start
              end
              entity {
                id
                name
                type
              }
            }
          }
        }
        source {
          format
          file
          lines
        }
        sourceText
        page {
          number
          name
          issue {
            date
            publication {
              name
            }
            pages {
              number
              name
              articles {
                id
                title
                kind
              }
            }
          }
        }
        related(first: 6) {
          ...ArticleSummary
        }
      }
    }
  `,
  [ArticleSummaryFragment],
)
