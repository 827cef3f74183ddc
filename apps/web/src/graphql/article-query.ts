// One article with its text, mentions and provenance; then, streamed after it, its neighbours and related articles.
import { graphql } from './graphql.ts'
import { ArticleSummaryFragment } from './article-summary.ts'

export const ArticleQuery = graphql(`
  query Article($id: ID!) {
    article(id: $id) {
      id
      permalink
      gbt: citation(style: GBT7714)
      chicago: citation(style: CHICAGO)
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
          dateline
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
        pdf
      }
      placements {
        id
        role
        page {
          number
          name
        }
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
          pageCount
        }
      }
    }
  }
`)

/** Where the article sits in its issue (for previous/next links) and the articles sharing its entities. */
export const ArticleContextQuery = graphql(
  `
    query ArticleContext($id: ID!) {
      article(id: $id) {
        id
        page {
          issue {
            pages {
              number
              articles {
                id
                title
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
