// The article's sections: headings and paragraphs, with each entity mention linked to its page.
import { articleBodyHtml } from '@/lib/article-body-html'
import type { ArticleView } from '@/lib/articles'

export function ArticleBody({ sections }: { sections: ArticleView['sections'] }) {
  // One escaped HTML string, not an element per mention: see article-body-html.ts.
  return <div className="article__body" dangerouslySetInnerHTML={{ __html: articleBodyHtml(sections) }} />
}
