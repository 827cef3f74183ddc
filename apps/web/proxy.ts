// Security headers on every page: a Content-Security-Policy with a fresh nonce per request (Next puts it on its own
// scripts), no framing, no MIME sniffing, and a referrer that never carries a search to another site.
import { type NextRequest, NextResponse } from 'next/server'

/**
 * The policy for one response. Scripts run only from this origin or with the nonce (`strict-dynamic` lets a nonced
 * script load the chunks it needs, such as the playground's editor workers). Styles allow inline `style`
 * attributes, which React and GraphiQL set; no page loads anything from another origin.
 *
 * @example contentSecurityPolicy('abc', false) // "default-src 'self'; script-src 'self' 'nonce-abc' 'strict-dynamic'; …"
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    // Next's development server evaluates modules; the production build does not.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Headers every response carries besides the policy. */
export const securityHeaders = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const

export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development')
  // Next reads the nonce for its bootstrap and page scripts from the request's policy header.
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value)
  return response
}

export const config = {
  // Static assets carry no script to protect; the API route forwards JSON and sets nosniff below too.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
}
