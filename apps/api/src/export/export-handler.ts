// GET /export: stream a result list as CSV, JSON Lines or RIS, a batch at a time, under its own concurrency limit.
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  type ExportedArticle,
  InputError,
  keywordInContext,
  type PrismaClient,
  QueryError,
  streamArticles,
} from '@broadsheet/db'
import { articleGlobalId } from '@broadsheet/schema'
import {
  type ArticleRow,
  contentTypes,
  writeArticle,
  writeArticleHeader,
  writeKwicHeader,
  writeKwicLine,
} from './export-formats.ts'
import { ExportParamError, type ExportRequest, readExportRequest } from './export-params.ts'
import { ResponseWriter } from './response-writer.ts'

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
      if (error instanceof ExportParamError || error instanceof InputError) return badInput(res, error)
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
  }
  const out = new ResponseWriter(res)
  const put = out.put.bind(out)
  try {
    if (request.view === 'kwic') {
      // A concordance is sorted as a whole, so it is built before the first byte goes out (it is bounded: see
      // MAX_KWIC_TEXTS).
      const result = await keywordInContext(options.prisma, { ...request, first: null })
      res.writeHead(200, headers)
      if (req.method === 'HEAD') return void res.end()
      writeKwicHeader(put, request.format)
      for (const [i, line] of result.lines.entries()) {
        const id = articleGlobalId(line.publicId)
        writeKwicLine(put, request.format, { ...line, id, url: articleUrl(id) })
        if (i % EXPORT_BATCH === EXPORT_BATCH - 1 && !(await out.flush())) return
      }
      return await out.end()
    }
    // Everything is checked before the first batch is read, so a bad request still answers 400.
    const batches = streamArticles(options.prisma, {
      filter: request.filter,
      orderBy: request.orderBy,
      content: request.content,
      limit: request.limit,
      batchSize: EXPORT_BATCH,
    })
    res.writeHead(200, headers)
    if (req.method === 'HEAD') {
      await batches.return?.(undefined)
      return void res.end()
    }
    writeArticleHeader(put, request.format, request.content)
    // Each batch is written into the writer's buffers as soon as it arrives, and nothing holds it while the client
    // takes them (writeBatch's frame ends with it): the next batch is fetched only then.
    const writeBatch = async () => {
      const next = await batches.next()
      if (next.done) return false
      for (const article of next.value) writeArticle(put, request.format, toRow(article, articleUrl))
      return true
    }
    for (;;) {
      if (!(await out.flush())) return void (await batches.return?.(undefined))
      if (!(await writeBatch())) break
    }
    await out.end()
  } catch (error) {
    if (!res.headersSent && error instanceof InputError) return badInput(res, error)
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
  const id = articleGlobalId(article.publicId)
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

function disposition(request: ExportRequest): string {
  const what = request.view === 'kwic' ? 'kwic' : 'articles'
  const query = request.view === 'kwic' ? request.query : request.filter.query
  const name = `broadsheet-${what}${query ? `-${query}` : ''}.${request.format}`
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

function badInput(res: ServerResponse, error: Error): void {
  sendError(
    res,
    400,
    'BAD_USER_INPUT',
    error.message,
    error instanceof QueryError ? { problem: error.problem } : {},
  )
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
