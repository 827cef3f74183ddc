// Links to the app's pages. Global ids are opaque and may hold `/`, `+` or `=`, so they are always encoded.

export function articleHref(id: string): string {
  return `/articles/${encodeURIComponent(id)}`
}

export function entityHref(id: string, query?: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) if (value) params.set(key, value)
  const search = params.toString()
  return `/entities/${encodeURIComponent(id)}${search ? `?${search}` : ''}`
}

export function issueHref(date: string): string {
  return `/issues/${date}`
}

/** A route param back to the id it encodes; Next may hand it over encoded or not. */
export function readIdParam(param: string): string {
  try {
    return decodeURIComponent(param)
  } catch {
    return param
  }
}
