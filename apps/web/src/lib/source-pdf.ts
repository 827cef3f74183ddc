// Fetch a stored page PDF from the API (GET /pdf/<sha256>.pdf) for the web app's own /pdf route.
import { env } from '../env.ts'

/**
 * The API's answer for the PDF named `file` (`<sha256>.pdf`), passed through: the PDF, or its 404.
 *
 * @example return fetchSourcePdf('e3b0c442….pdf')
 */
export async function fetchSourcePdf(file: string): Promise<Response> {
  if (!/^[0-9a-f]{64}\.pdf$/u.test(file)) return new Response('Not found', { status: 404 })
  const target = new URL(`/pdf/${file}`, env.apiUrl)
  let upstream: Response
  try {
    upstream = await fetch(target, { cache: 'no-store' })
  } catch {
    return new Response('The archive API is unreachable.', { status: 502 })
  }
  if (!upstream.ok) return new Response('Not found', { status: upstream.status === 404 ? 404 : 502 })
  return new Response(upstream.body, {
    headers: {
      'content-type': 'application/pdf',
      'cache-control': upstream.headers.get('cache-control') ?? 'public, max-age=31536000, immutable',
    },
  })
}
