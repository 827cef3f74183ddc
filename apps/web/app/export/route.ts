// Forward GET /export to the API's export endpoint and stream the file back, so downloads come from this origin.
import { env } from '@/env'

export const dynamic = 'force-dynamic'

const passed = ['content-type', 'content-disposition', 'cache-control', 'retry-after']

export async function GET(request: Request): Promise<Response> {
  const target = new URL('/export', env.apiUrl)
  target.search = new URL(request.url).search
  let upstream: Response
  try {
    upstream = await fetch(target, { cache: 'no-store', signal: request.signal })
  } catch {
    return Response.json(
      { errors: [{ message: 'The archive API is unreachable.', extensions: { code: 'UNREACHABLE' } }] },
      { status: 502 },
    )
  }
  const headers = new Headers()
  for (const name of passed) {
    const value = upstream.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(upstream.body, { status: upstream.status, headers })
}
