'use client'
// Load GraphiQL only in the browser: Monaco needs `window` and its web workers.
import dynamic from 'next/dynamic'

const GraphiQLClient = dynamic(() => import('./graphiql-client'), {
  ssr: false,
  loading: () => (
    <p className="loading" role="status">
      正在载入 GraphiQL… <span lang="en">Loading GraphiQL…</span>
    </p>
  ),
})

export function Playground() {
  return (
    <div className="playground">
      <GraphiQLClient />
    </div>
  )
}
