// The PDF routes: POST /ingest/pdf takes a page PDF (application/pdf) with the ingest token and stores its articles
// and the PDF; GET /pdf/<sha256> serves a stored PDF as it came.
import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { IngestError, ingestPdf, readSourcePdf, type PrismaClient } from '@broadsheet/db'
import { PdfError } from '@broadsheet/parser/pdf'

/** Largest PDF the upload route takes: a broadsheet page PDF is a few MB; a whole issue fits too. */
export const maxPdfBytes = 50 * 1024 * 1024

export interface PdfRoutes {
  prisma: PrismaClient
  /** The ingest token; null turns the upload route off. */
  apiToken: string | null
}

/** True when `given` is the token, compared in constant time (digests of equal length, whatever the input). */
export function tokenMatches(given: string | null, token: string | null): boolean {
  if (given === null || token === null) return false
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest()
  return timingSafeEqual(digest(given), digest(token))
}

function bearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/iu.exec(header?.trim() ?? '')
  return m?.[1] ?? null
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body))
}

function fail(res: ServerResponse, status: number, code: string, message: string): void {
  send(res, status, { errors: [{ message, extensions: { code } }] })
}

const PDF_STATUS: Record<PdfError['code'], number> = {
  empty: 400,
  'not-pdf': 415,
  'too-large': 413,
  encrypted: 422,
  damaged: 422,
}

/** The body, or null once it passes `limit` bytes (the rest is drained, so the client reads the answer). */
async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.resume()
    return null
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) {
      req.resume()
      return null
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/**
 * Handle `req` if it is a PDF route; resolve to false when it is not one.
 *
 * @example if (await handlePdfRoute(routes, req, res, url)) return
 */
export async function handlePdfRoute(
  routes: PdfRoutes,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const served = /^\/pdf\/([0-9a-f]{64})(?:\.pdf)?$/u.exec(url.pathname)
  if (served !== null && (req.method === 'GET' || req.method === 'HEAD')) {
    const bytes = await readSourcePdf(routes.prisma, served[1]!)
    if (bytes === null) {
      fail(res, 404, 'NOT_FOUND', `No PDF ${served[1]} is stored.`)
      return true
    }
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-length': String(bytes.length),
      // Content-addressed: the bytes under this name never change.
      'cache-control': 'public, max-age=31536000, immutable',
      'content-disposition': `inline; filename="${served[1]}.pdf"`,
    })
    res.end(req.method === 'HEAD' ? undefined : Buffer.from(bytes))
    return true
  }
  if (url.pathname !== '/ingest/pdf') return false
  if (req.method !== 'POST') {
    fail(res, 405, 'METHOD_NOT_ALLOWED', 'POST a PDF to /ingest/pdf.')
    return true
  }
  if (routes.apiToken === null) {
    req.resume()
    fail(res, 403, 'FORBIDDEN', 'Ingest is off: the server has no BROADSHEET_API_TOKEN.')
    return true
  }
  if (!tokenMatches(bearer(req.headers.authorization), routes.apiToken)) {
    req.resume()
    fail(res, 401, 'UNAUTHENTICATED', 'Send the ingest token as Authorization: Bearer <token>.')
    return true
  }
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/pdf') {
    req.resume()
    fail(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'POST the PDF itself with content-type application/pdf.')
    return true
  }
  const date = url.searchParams.get('date')
  const page = url.searchParams.get('page')
  const publication = url.searchParams.get('publication')
  if (date === null || !/^\d{4}-\d{2}-\d{2}$/u.test(date)) {
    req.resume()
    fail(
      res,
      400,
      'BAD_USER_INPUT',
      'Give the page date: /ingest/pdf?date=YYYY-MM-DD[&page=N][&publication=…].',
    )
    return true
  }
  if (page !== null && !/^[1-9]\d{0,3}$/u.test(page)) {
    req.resume()
    fail(res, 400, 'BAD_USER_INPUT', `page=${page}: not a page number.`)
    return true
  }
  const body = await readLimited(req, maxPdfBytes)
  if (body === null) {
    fail(res, 413, 'PAYLOAD_TOO_LARGE', `The PDF is larger than ${maxPdfBytes / 1024 / 1024} MB.`)
    return true
  }
  try {
    const result = await ingestPdf(routes.prisma, new Uint8Array(body), {
      date,
      page: page === null ? null : Number(page),
      publication,
      maxBytes: maxPdfBytes,
    })
    const articles =
      result.articleIds.length === 0
        ? []
        : await routes.prisma.article.findMany({
            where: { id: { in: result.articleIds } },
            select: { id: true, kind: true, title: true },
          })
    const byId = new Map(articles.map((a) => [a.id, a]))
    send(res, 200, {
      sha256: result.sha256,
      pages: result.pages,
      inserted: result.inserted,
      unchanged: result.unchanged,
      articles: result.articleIds.map((id) => byId.get(id)),
      warnings: result.warnings,
    })
  } catch (error) {
    if (error instanceof PdfError)
      fail(res, PDF_STATUS[error.code], 'BAD_PDF', `The PDF cannot be read: ${error.message}.`)
    else if (error instanceof IngestError) fail(res, 422, 'BAD_USER_INPUT', error.message)
    else throw error
  }
  return true
}
