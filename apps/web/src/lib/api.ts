// Send one typed GraphQL operation to the API from the server and return its data, or throw an ApiError.
import type { TadaDocumentNode } from 'gql.tada'
import { print } from 'graphql'
import { env } from '../env.ts'

/** A GraphQL error the API sent back, with its `extensions.code` (e.g. `BAD_USER_INPUT`). */
export class ApiError extends Error {
  readonly code: string | undefined

  constructor(message: string, code?: string) {
    super(message)
    this.name = 'ApiError'
    this.code = code
  }
}

interface GraphQLResponse<Data> {
  data?: Data | null
  errors?: { message: string; extensions?: { code?: string } }[]
}

const printed = new WeakMap<object, string>()

function source(document: object & Parameters<typeof print>[0]): string {
  let text = printed.get(document)
  if (text === undefined) {
    text = print(document)
    printed.set(document, text)
  }
  return text
}

/**
 * Run `document` with `variables` against `BROADSHEET_API_URL`.
 *
 * @example
 * const data = await request(ArticleQuery, { id })
 */
export async function request<Data, Variables>(
  document: TadaDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  let response: Response
  try {
    response = await fetch(env.apiUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: source(document), variables }),
      cache: 'no-store',
    })
  } catch (cause) {
    throw new ApiError(
      `The archive API at ${env.apiUrl} is unreachable: ${(cause as Error).message}`,
      'UNREACHABLE',
    )
  }
  let body: GraphQLResponse<Data>
  try {
    body = (await response.json()) as GraphQLResponse<Data>
  } catch {
    throw new ApiError(`The archive API answered ${response.status} without JSON`, 'BAD_RESPONSE')
  }
  const first = body.errors?.[0]
  if (first) throw new ApiError(first.message, first.extensions?.code)
  if (!body.data)
    throw new ApiError(`The archive API answered ${response.status} without data`, 'BAD_RESPONSE')
  return body.data
}

/** True when the API rejected an argument, such as an unknown or malformed id: the page should 404. */
export function isBadInput(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'BAD_USER_INPUT' || error.code === 'NOT_FOUND')
}
