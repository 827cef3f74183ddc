// What every resolver receives: the Prisma client and who is asking.
import { createHash, timingSafeEqual } from 'node:crypto'
import type { PagePlanner, PrismaClient } from '@broadsheet/db'

export interface Context {
  prisma: PrismaClient
  /** The bearer token the request presented, or null. */
  token: string | null
  /** The token that unlocks ingest (BROADSHEET_API_TOKEN); null turns ingest off. */
  ingestToken: string | null
  /** Worker threads that parse ingested pages; without one, ingest parses on the request's thread. */
  planner: PagePlanner | null
  /** This request's batch loaders, by key (see batch.ts). */
  loaders: Map<string, unknown>
}

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
}: {
  prisma: PrismaClient
  token?: string | null
  ingestToken?: string | null
  planner?: PagePlanner | null
}): Context {
  return { prisma, token, ingestToken, planner, loaders: new Map() }
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
