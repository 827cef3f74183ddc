// Example operations the playground opens with, one tab each.

export const examples: { query: string }[] = [
  {
    query: `# 检索：复工复产 — search with highlights and facets
query Search {
  search(query: "复工复产", first: 5) {
    totalCount
    edges {
      score
      highlights { text hit }
      node { id title date page { number issue { date } } }
    }
    facets {
      kind { value count }
      month { value count }
    }
  }
}`,
  },
  {
    query: `# 最新各期与版面 — the newest issues and their pages
query LatestIssues {
  issues(first: 3) {
    totalCount
    edges {
      node {
        date
        publication { name }
        pages { number name articles { id kind title } }
      }
    }
  }
}`,
  },
  {
    query: `# 最常提及的人物 — most-mentioned people, with timeline and co-occurrences
query People {
  entities(first: 5, type: PERSON, orderBy: MENTIONS) {
    edges {
      node {
        id
        name
        mentionCount
        timeline(granularity: MONTH) { period count }
        coOccurring(first: 5) { count entity { name type } }
      }
    }
  }
}`,
  },
]
