// GET /export: stream a result list as CSV, JSON Lines or RIS, a batch at a time, under its own concurrency limit.
import { once } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  type ExportedArticle,
  keywordInContext,
  type PrismaClient,
  QueryError,
  SearchError,
  streamArticles,
} from '@broadsheet/db'
import { articleGlobalId } from '@broadsheet/schema'
import {
  type ArticleRow,
  articleHeader,
  articleRecord,
  contentTypes,
  kwicHeader,
  kwicRecord,
} from './export-formats.ts'
import { ExportParamError, type ExportRequest, readExportRequest } from './export-params.ts'

/** Rows fetched from the database cursor at a time. */
const EXPORT_BATCH = 50

export interface ExportOptions {
  prisma: PrismaClient
  /** Where the web app serves articles, for each row's URL. */
  webUrl: string
  /** Exports that may run at once; each holds one database connection while it streams. */
  concurrency: number
}

/**
 * The handler for `GET /export`. It answers 400 for a bad query string (before anything is streamed), 429 with
 * Retry-After when `concurrency` exports are already running, and otherwise streams the file, writing a batch
 * only when the client has taken the last one, so memory stays flat for any number of rows.
 *
 * @example const handleExport = createExportHandler({ prisma, webUrl: 'http://localhost:3000', concurrency: 2 })
 */
export function createExportHandler(options: ExportOptions) {
  let running = 0
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    res.setHeader('access-control-allow-origin', '*')
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD')
      return sendError(res, 405, 'METHOD_NOT_ALLOWED', 'Export with GET /export?…')
    }
    let request: ExportRequest
    try {
      request = readExportRequest(url.searchParams)
    } catch (error) {
      if (error instanceof ExportParamError) return sendError(res, 400, 'BAD_USER_INPUT', error.message)
      throw error
    }
    if (running >= options.concurrency) {
      res.setHeader('retry-after', '5')
      return sendError(
        res,
        429,
        'TOO_MANY_EXPORTS',
        `${running} exports are running, the most this server runs at once; try again in a few seconds.`,
      )
    }
    running++
    try {
      await stream(options, request, req, res)
    } finally {
      running--
    }
  }
}

async function stream(
  options: ExportOptions,
  request: ExportRequest,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const articleUrl = (id: string) => `${options.webUrl}/articles/${encodeURIComponent(id)}`
  const headers = {
    'content-type': contentTypes[request.format],
    'content-disposition': disposition(request),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  }
  try {
    if (request.view === 'kwic') {
      // A concordance is sorted as a whole, so it is built before the first byte goes out (it is bounded: see
      // MAX_KWIC_TEXTS).
      const result = await keywordInContext(options.prisma, { ...request, first: null })
      res.writeHead(200, headers)
      if (req.method === 'HEAD') return void res.end()
      const records = [kwicHeader(request.format)]
      for (const line of result.lines) {
        const id = articleGlobalId(line.articleId)
        records.push(kwicRecord(request.format, { ...line, id, url: articleUrl(id) }))
        if (records.length >= 200 && !(await write(res, records.splice(0)))) return
      }
      if (await write(res, records)) res.end()
      return
    }
    const batches = streamArticles(options.prisma, {
      query: request.query,
      filter: request.filter,
      orderBy: request.orderBy,
      content: request.content,
      limit: request.limit,
      // Small batches die young: a batch that outgrows V8's young generation survives into the old one, where
      // garbage waits for a full collection and the process's peak memory climbs with the rows until one runs.
      batchSize: EXPORT_BATCH,
    })
    // The first batch is read before the headers go out, so a malformed query still answers 400.
    const first = await batches.next()
    res.writeHead(200, headers)
    if (req.method === 'HEAD') {
      await batches.return(undefined)
      return void res.end()
    }
    if (!(await write(res, [articleHeader(request.format, request.content)])))
      return void (await batches.return(undefined))
    for (let next = first; !next.done; next = await batches.next()) {
      const records = next.value.map((article) => articleRecord(request.format, toRow(article, articleUrl)))
      if (!(await write(res, records))) {
        await batches.return(undefined)
        return
      }
    }
    res.end()
  } catch (error) {
    if (!res.headersSent) {
      if (error instanceof QueryError)
        return sendError(res, 400, 'BAD_USER_INPUT', error.message, { problem: error.problem })
      if (error instanceof SearchError) return sendError(res, 400, 'BAD_USER_INPUT', error.message)
    }
    // Once streaming has begun a failure can only cut the file short: destroy the response so the client sees
    // an incomplete download, not a complete-looking one.
    if (res.headersSent) {
      console.error(error)
      res.destroy()
      return
    }
    throw error
  }
}

function toRow(article: ExportedArticle, url: (id: string) => string): ArticleRow {
  const id = articleGlobalId(article.id)
  return {
    id,
    date: article.date,
    publication: article.publication,
    page: article.page,
    kind: article.kind,
    kicker: article.kicker,
    title: article.title,
    subtitle: article.subtitle,
    bylines: article.bylines.map((b) => b.text),
    authors: [...new Set(article.bylines.flatMap((b) => b.names))],
    url: url(id),
    text: article.text,
    snippet: article.snippet,
  }
}

/**
 * Write `records` (corked, so they leave as one packet where they fit), then wait until the client has taken them;
 * false when the client has gone. Records go out one by one rather than joined: a batch joined into one string of
 * hundreds of kilobytes lands in V8's large-object space, which only a full collection frees, and the process's
 * memory would climb with the rows before one ran.
 */
async function write(res: ServerResponse, records: readonly string[]): Promise<boolean> {
  if (res.destroyed) return false
  res.cork()
  for (const record of records) if (record) res.write(record)
  res.uncork()
  if (!res.writableNeedDrain) return true
  await Promise.race([once(res, 'drain'), once(res, 'close')])
  return !res.destroyed
}

function disposition(request: ExportRequest): string {
  const what = request.view === 'kwic' ? 'kwic' : 'articles'
  const name = `broadsheet-${what}${request.query ? `-${request.query}` : ''}.${request.format}`
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, string> = {},
): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }))
}
