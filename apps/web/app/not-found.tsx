// The 404 page for unknown articles, entities, issues and paths.
import Link from 'next/link'

export default function NotFound() {
  return (
    <div>
      <h1>
        找不到该页面 <span lang="en">Not found</span>
      </h1>
      <p>档案中没有这篇稿件、这个实体或这一期报纸。No such article, entity or issue in the archive.</p>
      <p>
        <Link href="/">返回首页</Link> · <Link href="/search">检索全文</Link>
      </p>
    </div>
  )
}
