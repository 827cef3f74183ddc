// What every resolver receives: the Prisma client and who is asking.
import type { PrismaClient } from '@broadsheet/db'

export interface Context {
  prisma: PrismaClient
  /** The bearer token the request presented, or null. */
  token: string | null
  /** The token that unlocks ingest (BROADSHEET_API_TOKEN); null turns ingest off. */
  ingestToken: string | null
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
  webUrl = defaultWebUrl,
}: {
  prisma: PrismaClient
  token?: string | null
  ingestToken?: string | null
  webUrl?: string
}): Context {
  return { prisma, token, ingestToken, loaders: new Map(), webUrl: webUrl.replace(/\/+$/, '') }
}

/** The token in an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  return match?.[1] ?? null
}
