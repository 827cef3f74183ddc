// One search hit: the article and its snippets with the matched words marked.
import { ArticleListItem } from '@/components/article/article-list'
import type { SearchHit } from '@/lib/search'

export function Hit({ hit }: { hit: SearchHit }) {
  return (
    <li className="article-list__item hit">
      <ArticleListItem article={hit.article} />
      {hit.snippets.map((parts, i) => (
        <p key={i} className="hit__snippet">
          {parts.map((part, j) => (part.hit ? <mark key={j}>{part.text}</mark> : part.text))}
        </p>
      ))}
    </li>
  )
}
