// The articles sharing the most entities with this one.
import { ArticleList } from '@/components/article/article-list'
import { loadArticleContext } from './article-context'

export async function RelatedArticles({ id }: { id: string }) {
  const { related } = await loadArticleContext(id)
  if (related.length === 0) return <p className="muted">暂无相关报道。</p>
  return <ArticleList articles={related} />
}

export function RelatedArticlesSkeleton() {
  return (
    <div role="status" aria-live="polite">
      <span className="visually-hidden">正在载入相关报道</span>
      <div className="skeleton" />
      <div className="skeleton" />
    </div>
  )
}
