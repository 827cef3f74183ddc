// Forward GraphQL requests from the browser to the API, so the playground needs no CORS and no second origin.
import { env } from '@/env'

export const dynamic = 'force-dynamic'

const forwarded = ['content-type', 'accept', 'authorization']

async function forward(request: Request, body: BodyInit | null, search: string): Promise<Response> {
  const headers = new Headers()
  for (const name of forwarded) {
    const value = request.headers.get(name)
    if (value) headers.set(name, value)
  }
  const target = new URL(env.apiUrl)
  target.search = search
  let upstream: Response
  try {
    upstream = await fetch(target, { method: request.method, headers, body, cache: 'no-store' })
  } catch {
    return Response.json(
      { errors: [{ message: 'The archive API is unreachable.', extensions: { code: 'UNREACHABLE' } }] },
      { status: 502 },
    )
  }
  return new Response(upstream.body, {
    status: upstream.status,
    headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/json' },
  })
}

export async function POST(request: Request): Promise<Response> {
  return forward(request, await request.text(), '')
}

export async function GET(request: Request): Promise<Response> {
  return forward(request, null, new URL(request.url).search)
}
