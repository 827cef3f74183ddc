// The three queries that stand for real use: reading an article, searching, and opening an entity page.

export const articleQuery = /* GraphQL */ `
  query ArticlePage($id: ID!) {
    article(id: $id) {
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
      related(first: 5) {
        id
        title
        date
      }
    }
  }
`

export const searchQuery = /* GraphQL */ `
  query Search($query: String!) {
    search(query: $query, first: 20) {
      totalCount
      edges {
        score
        highlights {
          text
          hit
        }
        node {
          id
          title
          date
          kind
        }
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
    }
  }
`

export const entityQuery = /* GraphQL */ `
  query EntityPage($id: ID!) {
    entity(id: $id) {
      id
      name
      type
      aliases
      mentionCount
      parent {
        id
        name
      }
      timeline(granularity: MONTH) {
        period
        count
      }
      coOccurring(first: 10) {
        count
        entity {
          id
          name
          type
        }
      }
      articles(first: 10) {
        totalCount
        edges {
          node {
            id
            title
            date
          }
        }
      }
    }
  }
`

/** Words readers of this corpus search for: 2 to 4 characters, from the 1998 and 2020 People's Daily. */
export const searchTerms = [
  '疫情',
  '复工复产',
  '习近平',
  '经济',
  '改革',
  '世卫组织',
  '北京',
  '农民',
  '春节',
  '香港',
  '科技',
  '扶贫',
]
