// A GraphQL IDE (GraphiQL, bundled) against the archive API, through this app's /api/graphql proxy.
import type { Metadata } from 'next'
import { Playground } from './_components/playground'

export const metadata: Metadata = { title: 'GraphQL Playground' }

export default function PlaygroundPage() {
  return (
    <>
      <h1 className="visually-hidden">GraphQL Playground</h1>
      <p className="muted">
        在浏览器中查询档案 API；左侧“示例”标签页是常用查询。Query the archive API; the example tabs hold
        common queries.
      </p>
      <Playground />
    </>
  )
}
