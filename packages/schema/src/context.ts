// What every resolver receives: the Prisma client and who is asking.
import { createHash, timingSafeEqual } from 'node:crypto'
import { cheapRequestClient, type PagePlanner, type PrismaClient } from '@broadsheet/db'
import { costs } from './admission.ts'

export interface Context {
  /** The database, as the request's price routes it (see {@link routeByPrice}). */
  prisma: PrismaClient
  /** The bearer token the request presented, or null. */
  token: string | null
  /** The token that unlocks ingest (BROADSHEET_API_TOKEN); null turns ingest off. */
  ingestToken: string | null
  /** Worker threads that parse ingested pages; without one, ingest parses on the request's thread. */
  planner: PagePlanner | null
  /** This request's batch loaders, by key (see batch.ts). */
  loaders: Map<string, unknown>
  /** Where the web app is served (BROADSHEET_WEB_URL), for permalinks and citations: `http://localhost:3000`. */
  webUrl: string
}

/** The web app's address when none is configured. */
export const defaultWebUrl = 'http://localhost:3000'

/**
 * Builds a request's context.
 *
 * @example createContext({ prisma, token: bearerToken(req.headers.authorization), ingestToken: env.apiToken })
 */
export function createContext({
  prisma,
  token = null,
  ingestToken = null,
  planner = null,
  webUrl = defaultWebUrl,
}: {
  prisma: PrismaClient
  token?: string | null
  ingestToken?: string | null
  planner?: PagePlanner | null
  webUrl?: string
}): Context {
  return { prisma, token, ingestToken, planner, loaders: new Map(), webUrl: webUrl.replace(/\/+$/, '') }
}

/** The token in an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  return match?.[1] ?? null
}

/**
 * Whether `presented` is `expected`, compared in constant time: both are hashed first, so neither their contents
 * nor their lengths show in how long the comparison takes. A missing token never matches.
 *
 * @example tokenMatches(ctx.token, ctx.ingestToken)
 */
export function tokenMatches(presented: string | null, expected: string | null): boolean {
  if (presented === null || expected === null) return false
  const digest = (text: string) => createHash('sha256').update(text).digest()
  return timingSafeEqual(digest(presented), digest(expected))
}

/**
 * Route the request's statements by its admitted price in database work: a cheap request (at most
 * `costs.cheapRequest`) runs every statement on the cheap reads' pool, so it never queues behind expensive requests;
 * a dearer one sends its expensive statements to their own smaller pool. Call it once, after admission.
 *
 * @example routeByPrice(ctx, admitOperation(options).cost)
 */
export function routeByPrice(ctx: Context, cost: number): void {
  if (cost <= costs.cheapRequest) ctx.prisma = cheapRequestClient(ctx.prisma)
}
