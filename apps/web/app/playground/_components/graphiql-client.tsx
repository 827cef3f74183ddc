'use client'
// GraphiQL with Monaco's workers bundled by Next (no CDN), pointed at /api/graphql.
import 'graphiql/setup-workers/webpack'
import 'graphiql/style.css'
import { GraphiQL, type GraphiQLProps } from 'graphiql'
import { useRef } from 'react'
import { examples } from './examples'
import { usePlainTabs } from './use-plain-tabs'

const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch('/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...options?.headers },
    body: JSON.stringify(params),
  })
  return response.json()
}

export default function GraphiQLClient() {
  const root = useRef<HTMLDivElement>(null)
  usePlainTabs(root)
  return (
    <div ref={root} className="playground__ide">
      <GraphiQL
        fetcher={fetcher}
        defaultTabs={examples}
        defaultEditorToolsVisibility="variables"
        shouldPersistHeaders={false}
      >
        <GraphiQL.Logo>Broadsheet API</GraphiQL.Logo>
      </GraphiQL>
    </div>
  )
}
