// The web app's environment, read and checked in one place (STYLE.md: "env read in one checked module").

function readApiUrl(value: string | undefined): string {
  const raw = value?.trim() || 'http://localhost:4000/'
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`BROADSHEET_API_URL is not a URL: ${JSON.stringify(raw)}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`BROADSHEET_API_URL must be http(s), got ${url.protocol}`)
  }
  // The API serves GraphQL at /graphql and a landing page at /: a bare origin means its /graphql.
  if (url.pathname === '/') url.pathname = '/graphql'
  return url.toString()
}

/** The GraphQL endpoint, from BROADSHEET_API_URL: `http://localhost:4000/` (the default) means `…:4000/graphql`. */
export const env = {
  apiUrl: readApiUrl(process.env.BROADSHEET_API_URL),
} as const
