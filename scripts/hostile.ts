// `npm run hostile`: replay hostile and mistaken requests against the API as `npm start` runs it (production
// defaults), over HTTP, on a seeded archive. Each must get a clean answer: a 4xx, or a GraphQL error coded
// BAD_USER_INPUT, QUERY_TOO_COMPLEX or FORBIDDEN, with no stack trace, no Prisma text and no file path; or, where the
// request is legitimate, the right data. It asserts answers, never times.
import path from 'node:path'
import { createTestDatabase, seed } from '@broadsheet/db'
import { sharedDir } from '@broadsheet/shared-data'
import { repoRoot, startApi } from './lib/archive-harness.ts'

const shared = sharedDir
const database = await createTestDatabase()
// The seed page and three e-edition days: enough for real ids, cursors and related articles.
await seed(database.prisma, [
  path.join(shared, 'pages'),
  ...['20200101', '20200102', '20200103'].map((day) => path.join(shared, 'corpus', 'epaper', '2020-01', day)),
])
// NODE_ENV empty: the API's own default, as `npm start` runs it.
const token = 'hostile-suite-token-0123456789'
const api = await startApi(database.url, { NODE_ENV: '', BROADSHEET_API_TOKEN: token })

interface Answer {
  status: number
  headers: Headers
  text: string
  body: {
    data?: Record<string, unknown> | null
    errors?: { message: string; extensions?: Record<string, unknown> }[]
  } | null
}

async function send(
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  method = 'POST',
  url = api.url,
): Promise<Answer> {
  const response = await fetch(url, {
    method,
    headers,
    ...(method === 'GET' ? {} : { body }),
    signal: AbortSignal.timeout(60_000),
  })
  const text = await response.text()
  let parsed: Answer['body'] = null
  try {
    parsed = JSON.parse(text) as Answer['body']
  } catch {
    // A 413 or 404 body may be plain; the checks below read the text.
  }
  return { status: response.status, headers: response.headers, text, body: parsed }
}

const gql = (query: string, variables?: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  send(JSON.stringify({ query, variables, ...extra }))

const failures: string[] = []
let passed = 0
const cleanCodes = new Set([
  'BAD_USER_INPUT',
  'QUERY_TOO_COMPLEX',
  'FORBIDDEN',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
])

/** Nothing of the server's insides: no stack, no Prisma, no file path, no SQL. */
function leaks(answer: Answer): string[] {
  const found: string[] = []
  if (/stacktrace|\n\s+at /i.test(answer.text)) found.push('a stack trace')
  if (/did you mean/i.test(answer.text)) found.push('a field suggestion')
  if (/prisma|PrismaClient|invalid `/i.test(answer.text)) found.push('Prisma text')
  if (
    answer.text.includes(repoRoot) ||
    /\/(work|home|root|tmp|usr)\/|file:\/\/|node_modules/.test(answer.text)
  )
    found.push('a file path')
  if (/\b(SELECT|INSERT|UPDATE|DELETE)\b.*\bFROM\b/i.test(answer.text)) found.push('SQL')
  return found
}

type Expect = 'refused' | ((answer: Answer) => string | null)

/** Run one case: `expect` is 'refused' (a 4xx or a clean error code, and no data) or a check of the data. */
async function hostile(name: string, request: () => Promise<Answer>, expect: Expect = 'refused') {
  let answer: Answer
  try {
    answer = await request()
  } catch (error) {
    failures.push(`${name}: no answer (${(error as Error).message})`)
    return
  }
  const problems = leaks(answer)
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`)
  const codes = (answer.body?.errors ?? []).map((e) => String(e.extensions?.code))
  if (codes.some((code) => !cleanCodes.has(code))) problems.push(`error codes ${codes.join(', ')}`)
  if (expect === 'refused') {
    if (answer.status < 400 && codes.length === 0) problems.push(`not refused: ${answer.text.slice(0, 200)}`)
  } else {
    const problem = codes.length > 0 ? `errors: ${answer.text.slice(0, 300)}` : expect(answer)
    if (problem) problems.push(problem)
  }
  if (problems.length > 0) failures.push(`${name}: ${problems.join('; ')}`)
  else passed++
  const shown = codes.length > 0 ? codes.join(', ') : answer.status < 400 ? 'answered' : ''
  console.log(`${problems.length > 0 ? 'FAIL' : 'ok  '} ${answer.status} ${shown.padEnd(26)} ${name}`)
}

const b64 = (text: string) => Buffer.from(text).toString('base64')
const data = (answer: Answer) => answer.body?.data ?? {}

// Real ids to aim at.
const ids = await gql(
  `{ articles(first: 5) { edges { node { id } } } entities(first: 100) { edges { node { id } } } }`,
)
const articleIds = (data(ids).articles as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id)
const entityIds = (data(ids).entities as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id)
const [articleId] = articleIds
const [entityId] = entityIds
const missingArticle = b64('Article:2000000000')

console.log('The requests of issue #24')
const entityFlood = JSON.stringify({
  query: 'query ($ids: [ID!]) { articles(first: 1, filter: { entityIds: $ids }) { totalCount } }',
  variables: { ids: Array.from({ length: 200 }, (_, i) => b64(`Entity:${i + 1}`)) },
})
console.log(`  (the entityIds request is ${(entityFlood.length / 1024).toFixed(1)} KB with 200 ids)`)
await hostile('articles(first: 1, filter: { entityIds: [200 ids] }) { totalCount }', () => send(entityFlood))
await hostile('30 aliases of articles(first: 100) { related(first: 20) }', () =>
  gql(
    `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: articles(first: 100) { edges { node { related(first: 20) { id } } } }`).join(' ')} }`,
  ),
)
await hostile('an error carries no stack trace and a misspelt field no suggestion', () =>
  gql('{ articel { totalCount } }'),
)
await hostile(
  'introspection is on, as the README says',
  () => gql('{ __schema { queryType { name } } }'),
  (a) =>
    (data(a).__schema as { queryType?: { name?: string } } | undefined)?.queryType?.name === 'Query'
      ? null
      : 'no schema',
)
for (const [list, query] of [
  ['articles', 'query ($c: String) { articles(first: 2, after: $c) { totalCount } }'],
  ['entities', 'query ($c: String) { entities(first: 2, after: $c) { edges { cursor } } }'],
  ['issues', 'query ($c: String) { issues(first: 2, after: $c) { edges { cursor } } }'],
  ['search', 'query ($c: String) { search(query: "中国", first: 2, after: $c) { totalCount } }'],
] as const) {
  await hostile(`a malformed cursor (GPC:N:abc) on ${list}`, () => gql(query, { c: b64('GPC:N:abc') }))
}
await hostile('a date of 0000-01-01', () =>
  gql('{ articles(filter: { dateFrom: "0000-01-01" }) { totalCount } }'),
)
await hostile('a date of 0000-01-01 in a variable', () =>
  gql('query ($d: Date) { issue(date: $d) { id } }', { d: '0000-01-01' }),
)
await hostile('a NUL in entities(query:)', () =>
  gql('query ($q: String) { entities(query: $q) { totalCount } }', { q: 'a\u0000b' }),
)
await hostile(
  'node() with a well-formed id that names nothing is null',
  () => gql('query ($id: ID!) { node(id: $id) { id } }', { id: missingArticle }),
  (a) => (data(a).node === null ? null : `node is ${JSON.stringify(data(a).node)}`),
)
await hostile(
  'nodes() with one missing id answers null for that id alone',
  () =>
    gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [articleId, missingArticle, entityId] }),
  (a) => {
    const nodes = data(a).nodes as ({ id: string } | null)[]
    return nodes?.[0]?.id === articleId && nodes[1] === null && nodes[2]?.id === entityId
      ? null
      : `nodes are ${JSON.stringify(nodes)}`
  },
)
await hostile(
  'entities(query: "%") matches a literal %, not every entity',
  () => gql('{ entities(query: "%") { totalCount } all: entities { totalCount } }'),
  (a) => {
    const found = (data(a).entities as { totalCount: number }).totalCount
    const all = (data(a).all as { totalCount: number }).totalCount
    return found === 0 && all > 0 ? null : `% found ${found} of ${all}`
  },
)
await hostile(
  'entities(query: "_") matches a literal _',
  () => gql('{ entities(query: "_") { totalCount } }'),
  (a) => ((data(a).entities as { totalCount: number }).totalCount === 0 ? null : 'the wildcard matched'),
)
await hostile('a subscription', () => gql('subscription { corpus { articleCount } }'))
for (const [list, query] of [
  ['articles', '{ articles(first: 10000) { totalCount } }'],
  ['entities', '{ entities(first: 10000) { totalCount } }'],
  ['search', '{ search(query: "中国", first: 10000) { totalCount } }'],
  ['topEntities', '{ topEntities(first: 10000) { count } }'],
  ['coOccurring', `{ entity(id: "${entityId}") { coOccurring(first: 10000) { count } } }`],
  ['related', `{ article(id: "${articleId}") { related(first: 10000) { id } } }`],
  ['Entity.articles', `{ entity(id: "${entityId}") { articles(first: 10000) { totalCount } } }`],
] as const) {
  await hostile(`first: 10000 on ${list}`, () => gql(query))
}
await hostile('first: -1', () => gql('{ articles(first: -1) { totalCount } }'))
await hostile('first: 2, last: 2', () => gql('{ articles(first: 2, last: 2) { totalCount } }'))
await hostile('first with before', () => gql('{ issues(first: 2, before: "x") { totalCount } }'))
await hostile(
  'search pages backward with last/before, as its schema declares',
  async () => {
    const one = await gql('{ search(query: "中国", first: 4) { edges { cursor node { id } } } }')
    const edges = (data(one).search as { edges: { cursor: string; node: { id: string } }[] }).edges
    const back = await gql(
      `{ search(query: "中国", last: 3, before: "${edges[3]!.cursor}") { edges { node { id } } } }`,
    )
    const got = (data(back).search as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id)
    return {
      ...back,
      body: {
        data: { same: JSON.stringify(got) === JSON.stringify(edges.slice(0, 3).map((e) => e.node.id)) },
      },
    }
  },
  (a) => (data(a).same ? null : 'the page before is not the first three'),
)
await hostile(
  'articles() within a day come in reading order',
  () =>
    gql(
      '{ articles(first: 100, filter: { date: "2020-01-02" }) { edges { node { position page { number } } } } }',
    ),
  (a) => {
    const order = (
      data(a).articles as { edges: { node: { position: number; page: { number: number } } }[] }
    ).edges.map((e) => e.node.page.number * 10_000 + e.node.position)
    return order.length > 1 && order.every((v, i) => i === 0 || order[i - 1]! < v)
      ? null
      : 'not in reading order'
  },
)
await hostile(
  'the API says nosniff',
  () => gql('{ corpus { articleCount } }'),
  (a) =>
    a.headers.get('x-content-type-options') === 'nosniff' ? null : 'no X-Content-Type-Options: nosniff',
)
for (const [name, auth] of [
  ['a wrong token', `Bearer ${token}x`],
  ['an empty token', 'Bearer '],
  ['no token', ''],
] as const) {
  await hostile(`ingestPage with ${name}`, () =>
    send(
      JSON.stringify({
        query: 'mutation ($input: IngestPageInput!) { ingestPage(input: $input) { warnings } }',
        variables: { input: { text: '本报北京1月1日电', date: '2020-01-01' } },
      }),
      { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
    ),
  )
}

console.log("The OWASP GraphQL cheat sheet's cases (introspection aside)")
let deep = 'id'
for (let i = 0; i < 20; i++) deep = `parent { ${deep} }`
await hostile('depth: 20 nested parents', () => gql(`{ entities { edges { node { ${deep} } } } }`))
await hostile('depth: nested connections', () =>
  gql(
    `{ articles(first: 100) { edges { node { sections { paragraphs { mentions { entity { coOccurring(first: 100) { entity { articles(first: 100) { edges { node { id } } } } } } } } } } } } }`,
  ),
)
await hostile('amount: a connection of a million', () => gql('{ articles(first: 1000000) { totalCount } }'))
await hostile('cost: ten searches in one request', () =>
  gql(
    `{ ${Array.from({ length: 11 }, (_, i) => `s${i}: search(query: "中${i}") { totalCount }`).join(' ')} }`,
  ),
)
await hostile('alias overloading: 1,000 aliases', () =>
  gql(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`),
)
await hostile('field duplication: one field 3,000 times', () =>
  gql(`{ corpus { ${'articleCount '.repeat(3000)} } }`),
)
await hostile('directive overloading: 2,000 directives', () =>
  gql(`{ corpus ${'@include(if: true) '.repeat(2000)} { articleCount } }`),
)
await hostile('an unknown directive', () => gql('{ corpus @nope { articleCount } }'))
await hostile('circular fragments', () =>
  gql('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
)
await hostile('batching: an array of operations', () =>
  send(
    JSON.stringify(
      Array.from({ length: 100 }, () => ({ query: '{ search(query: "中国") { totalCount } }' })),
    ),
  ),
)
await hostile('a body of 2 MB', () => gql(`{ corpus { articleCount } } #${'x'.repeat(2 * 1024 * 1024)}`))
await hostile('a search query of 100,000 characters', () =>
  gql('query ($q: String!) { search(query: $q) { totalCount } }', { q: '中'.repeat(100_000) }),
)
await hostile('an entities query of 10,000 characters', () =>
  gql('query ($q: String) { entities(query: $q) { totalCount } }', { q: 'x'.repeat(10_000) }),
)
await hostile(
  'SQL in search(query:) is just text',
  () =>
    gql('query ($q: String!) { search(query: $q) { totalCount } }', { q: '\'; DROP TABLE "Article"; --' }),
  (a) =>
    (data(a).search as { totalCount: number } | undefined)?.totalCount === 0 ? null : 'unexpected answer',
)
await hostile(
  'SQL in entities(query:) is just text',
  () => gql('query ($q: String) { entities(query: $q) { totalCount } }', { q: "' OR '1'='1" }),
  (a) =>
    (data(a).entities as { totalCount: number } | undefined)?.totalCount === 0 ? null : 'unexpected answer',
)
await hostile('a variable of the wrong type', () =>
  gql('query ($n: Int) { articles(first: $n) { totalCount } }', { n: 'ten' }),
)
await hostile('an id of the wrong type', () => gql(`{ article(id: "${entityId}") { id } }`))
await hostile('a malformed global id', () => gql('{ article(id: "%%%") { id } }'))
await hostile('a global id with a non-numeric key', () => gql(`{ node(id: "${b64('Article:abc')}") { id } }`))
await hostile('a global id past 32 bits', () => gql(`{ node(id: "${b64('Article:99999999999')}") { id } }`))
await hostile('an unknown operation name', () =>
  gql('query A { corpus { articleCount } }', undefined, { operationName: 'B' }),
)
await hostile('two operations and no name', () =>
  gql('query A { corpus { articleCount } } query B { corpus { issueCount } }'),
)
await hostile('a mutation over GET', () =>
  send(
    '',
    { 'apollo-require-preflight': 'true' },
    'GET',
    `${api.url}?query=${encodeURIComponent('mutation { ingestPage(input: { text: "x", date: "2020-01-01" }) { warnings } }')}`,
  ),
)
await hostile('a GET without a preflight header (CSRF)', () =>
  send('', {}, 'GET', `${api.url}?query=${encodeURIComponent('{ corpus { articleCount } }')}`),
)
await hostile('a text/plain POST (CSRF)', () =>
  send('{"query":"{ corpus { articleCount } }"}', { 'content-type': 'text/plain' }),
)
await hostile('malformed JSON', () => send('{"query": "{ corpus { articleCount } "'))
await hostile('a persisted query the server never saw', () =>
  gql('', undefined, { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
)
await hostile('an unknown path', () => send('', {}, 'GET', api.url.replace('/graphql', '/admin')))
await hostile('an inverted date range', () =>
  gql('{ articles(filter: { dateFrom: "2020-02-01", dateTo: "2020-01-01" }) { totalCount } }'),
)
await hostile('an impossible day', () => gql('{ articles(filter: { date: "2020-02-30" }) { totalCount } }'))

await api.stop()
await database.stop()
console.log(`\n${passed} passed, ${failures.length} failed`)
if (failures.length > 0) console.error(`\n${failures.join('\n')}`)
process.exit(failures.length > 0 ? 1 : 0)
