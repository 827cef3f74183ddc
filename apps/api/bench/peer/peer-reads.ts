// The reads the API is compared on, written once for the API and once for PostGraphile's schema of the same tables,
// with what turns each answer into the same plain data, so the bench can check both hold the same before timing.

type Json = Record<string, unknown>
const rowIdOf = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString('utf8').split(':')[1])
const nodes = <T>(connection: { nodes: T[] }) => connection.nodes

/** One read: its GraphQL for each server, and the normalizer that makes their answers comparable. */
export interface PeerRead {
  name: string
  api: string
  peer: string
  /** Variables of each server for the same read. */
  variables: { api: Json; peer: Json }
  normalize: { api: (data: Json) => unknown; peer: (data: Json) => unknown }
}

/** What the reads are about: a day with an issue, and an entity. */
export interface ReadTarget {
  date: string
  entityId: number
}

export function peerReads({ date, entityId }: ReadTarget): PeerRead[] {
  return [
    {
      name: 'nested article page',
      api: `query ($date: Date!) { articles(first: 10, filter: { date: $date }) { totalCount edges { node {
        id kind title subtitle date page { number issue { date publication { name } } }
        bylines { agency role names text } dateline { agency place date text }
        sections { heading paragraphs { text mentions { start end entity { id name type } } } } } } } }`,
      peer: `query ($date: Date!) { allArticles(first: 10, condition: { date: $date },
          orderBy: [PAGE_ID_ASC, POSITION_ASC, PRIMARY_KEY_ASC]) { totalCount nodes {
        rowId kind title subtitle date pageByPageId { number issueByIssueId { date publicationByPublicationId { name } } }
        bylinesByArticleId(orderBy: POSITION_ASC) { nodes { agency role names text } }
        datelineText datelineAgency datelinePlace datelineDate
        sectionsByArticleId(orderBy: POSITION_ASC) { nodes { heading
          paragraphsByArticleIdAndSectionPosition(orderBy: POSITION_ASC) { nodes { text
            mentionsByArticleIdAndParagraphPosition(orderBy: [START_ASC, POSITION_ASC]) { nodes {
              start end entityByEntityId { rowId name type } } } } } } } } } }`,
      variables: { api: { date }, peer: { date } },
      normalize: {
        api: (data) => {
          const list = data.articles as { totalCount: number; edges: { node: Json }[] }
          return {
            totalCount: list.totalCount,
            articles: list.edges.map(({ node: a }) => {
              const page = a.page as {
                number: number
                issue: { date: string; publication: { name: string } }
              }
              const dateline = a.dateline as Json | null
              return {
                id: rowIdOf(a.id as string),
                kind: a.kind,
                title: a.title,
                subtitle: a.subtitle,
                date: a.date,
                page: [page.number, page.issue.date, page.issue.publication.name],
                bylines: a.bylines,
                dateline: dateline && [dateline.text, dateline.agency, dateline.place, dateline.date],
                sections: (a.sections as { heading: string | null; paragraphs: Json[] }[]).map((s) => ({
                  heading: s.heading,
                  paragraphs: s.paragraphs.map((p) => ({
                    text: p.text,
                    mentions: (p.mentions as { start: number; end: number; entity: Json }[]).map((m) => [
                      m.start,
                      m.end,
                      rowIdOf(m.entity.id as string),
                      m.entity.name,
                      m.entity.type,
                    ]),
                  })),
                })),
              }
            }),
          }
        },
        peer: (data) => {
          const list = data.allArticles as { totalCount: number; nodes: Json[] }
          return {
            totalCount: list.totalCount,
            articles: list.nodes.map((a) => {
              const page = a.pageByPageId as {
                number: number
                issueByIssueId: { date: string; publicationByPublicationId: { name: string } }
              }
              return {
                id: a.rowId,
                kind: a.kind,
                title: a.title,
                subtitle: a.subtitle,
                date: a.date,
                page: [
                  page.number,
                  page.issueByIssueId.date,
                  page.issueByIssueId.publicationByPublicationId.name,
                ],
                bylines: nodes(a.bylinesByArticleId as { nodes: Json[] }),
                dateline:
                  a.datelineText == null
                    ? null
                    : [a.datelineText, a.datelineAgency, a.datelinePlace, a.datelineDate],
                sections: nodes(a.sectionsByArticleId as { nodes: Json[] }).map((s) => ({
                  heading: s.heading,
                  paragraphs: nodes(s.paragraphsByArticleIdAndSectionPosition as { nodes: Json[] }).map(
                    (p) => ({
                      text: p.text,
                      mentions: nodes(p.mentionsByArticleIdAndParagraphPosition as { nodes: Json[] }).map(
                        (m) => {
                          const entity = m.entityByEntityId as Json
                          return [m.start, m.end, entity.rowId, entity.name, entity.type]
                        },
                      ),
                    }),
                  ),
                })),
              }
            }),
          }
        },
      },
    },
    {
      name: "an entity's articles",
      api: `query ($id: ID!) { entity(id: $id) { name type mentionCount
        articles(first: 10) { totalCount edges { node { id title date } } } } }`,
      peer: `query ($id: Int!) { entityByRowId(rowId: $id) { name type mentionCount
        articleEntitiesByEntityId(first: 10, orderBy: [DATE_DESC, ARTICLE_ID_DESC]) { totalCount
          nodes { articleByArticleId { rowId title date } } } } }`,
      variables: {
        api: { id: Buffer.from(`Entity:${entityId}`).toString('base64') },
        peer: { id: entityId },
      },
      normalize: {
        api: (data) => {
          const e = data.entity as Json & { articles: { totalCount: number; edges: { node: Json }[] } }
          return {
            entity: [e.name, e.type, e.mentionCount],
            totalCount: e.articles.totalCount,
            articles: e.articles.edges.map(({ node }) => [rowIdOf(node.id as string), node.title, node.date]),
          }
        },
        peer: (data) => {
          const e = data.entityByRowId as Json & {
            articleEntitiesByEntityId: { totalCount: number; nodes: { articleByArticleId: Json }[] }
          }
          return {
            entity: [e.name, e.type, e.mentionCount],
            totalCount: e.articleEntitiesByEntityId.totalCount,
            articles: e.articleEntitiesByEntityId.nodes.map(({ articleByArticleId: a }) => [
              a.rowId,
              a.title,
              a.date,
            ]),
          }
        },
      },
    },
    {
      name: 'an issue',
      api: `query ($date: Date!) { issue(date: $date) { date
        pages { number name articles { id title kind position } } } }`,
      peer: `query ($date: Date!) { allIssues(first: 1, condition: { date: $date }, orderBy: PRIMARY_KEY_ASC) {
        nodes { date pagesByIssueId(orderBy: NUMBER_ASC) { nodes { number name
          articlesByPageId(orderBy: POSITION_ASC) { nodes { rowId title kind position } } } } } } }`,
      variables: { api: { date }, peer: { date } },
      normalize: {
        api: (data) => {
          const issue = data.issue as {
            date: string
            pages: { number: number; name: string; articles: Json[] }[]
          }
          return {
            date: issue.date,
            pages: issue.pages.map((p) => ({
              page: [p.number, p.name],
              articles: p.articles.map((a) => [rowIdOf(a.id as string), a.title, a.kind, a.position]),
            })),
          }
        },
        peer: (data) => {
          const [issue] = nodes(data.allIssues as { nodes: Json[] })
          return {
            date: issue!.date,
            pages: nodes(issue!.pagesByIssueId as { nodes: Json[] }).map((p) => ({
              page: [p.number, p.name],
              articles: nodes(p.articlesByPageId as { nodes: Json[] }).map((a) => [
                a.rowId,
                a.title,
                a.kind,
                a.position,
              ]),
            })),
          }
        },
      },
    },
  ]
}
