// A node:http handler around Apollo: body limit, JSON parsing, and a local page at GET /.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { type ApolloServer, HeaderMap } from '@apollo/server'
import type { Context } from '@broadsheet/schema'
import { landingPage } from './landing-page.ts'
import { handlePdfRoute, type PdfRoutes } from './pdf-routes.ts'

/** Largest request body accepted: room for an ingested page, far below anything abusive. */
export const maxBodyBytes = 512 * 1024

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void

/**
 * Routes `/graphql` to Apollo, `GET /` to the landing page, `/healthz` to a liveness check, and (given
 * `pdfRoutes`) `POST /ingest/pdf` and `GET /pdf/<sha256>` to the PDF routes.
 */
export function createRequestListener(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage) => Promise<Context>,
  inFlight?: Set<Promise<void>>,
  pdfRoutes?: PdfRoutes,
): RequestListener {
  return (req, res) => {
    const handled = handle(apollo, context, req, res, pdfRoutes).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error')
      else res.destroy()
    })
    // Tracked until it settles, even when its client has gone: its resolvers still use the database pool.
    inFlight?.add(handled)
    void handled.finally(() => inFlight?.delete(handled))
  }
}

async function handle(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage) => Promise<Context>,
  req: IncomingMessage,
  res: ServerResponse,
  pdfRoutes?: PdfRoutes,
): Promise<void> {
  // Every answer is what its content-type says: browsers must not sniff a JSON error into HTML.
  res.setHeader('x-content-type-options', 'nosniff')
  const url = new URL(req.url ?? '/', 'http://localhost')
  if (pdfRoutes !== undefined && (await handlePdfRoute(pdfRoutes, req, res, url))) return
  if (url.pathname === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(landingPage)
    return
  }
  if (url.pathname === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('ok\n')
    return
  }
  if (url.pathname !== '/graphql')
    return sendError(res, 404, 'NOT_FOUND', 'Not found: the API is at /graphql')

  // Browsers may call the API from another origin (the web app's GraphiQL on :3000). Auth is a bearer header,
  // never a cookie, so any origin may read answers; Apollo's CSRF prevention still guards simple requests.
  res.setHeader('access-control-allow-origin', '*')
  if (req.method === 'OPTIONS') {
    res
      .writeHead(204, {
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers':
          'content-type, authorization, apollo-require-preflight, x-apollo-operation-name',
        'access-control-max-age': '600',
      })
      .end()
    return
  }

  let body: unknown
  if (req.method === 'POST') {
    const raw = await readBody(req, maxBodyBytes)
    if (raw === null) {
      return sendError(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `Request body is larger than ${maxBodyBytes / 1024} KB.`,
      )
    }
    // Only JSON is executed, so a form or text/plain POST (what a cross-site page can send without a
    // preflight) never reaches GraphQL.
    if (!isJson(req.headers['content-type'])) {
      return sendError(
        res,
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'POST a JSON body with content-type application/json.',
      )
    }
    try {
      body = raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'))
    } catch {
      return sendError(res, 400, 'BAD_REQUEST', 'Request body is not valid JSON.')
    }
  }

  const headers = new HeaderMap()
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value)
  }
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search: url.search, body },
    context: () => context(req),
  })
  for (const [key, value] of result.headers) res.setHeader(key, value)
  res.statusCode = result.status ?? 200
  if (result.body.kind === 'complete') {
    res.end(result.body.string)
    return
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk)
  res.end()
}

function isJson(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase()
  return type === 'application/json' || type === 'application/graphql-response+json'
}

/** The body, or null as soon as it passes `limit` bytes (the rest is not read). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return drain(req)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) return drain(req)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

// Answer early but let the client finish sending, so it reads the 413 rather than a reset connection.
function drain(req: IncomingMessage): null {
  req.resume()
  return null
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify({ errors: [{ message, extensions: { code } }] }))
}
