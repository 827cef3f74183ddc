// One article: headline block, bylines and dateline, sections with linked mentions, provenance and neighbours.
import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { Suspense, cache } from 'react'
import { KindBadge } from '@/components/article/kind-badge'
import { EntityLink } from '@/components/entity/entity-link'
import { getArticle } from '@/lib/articles'
import { formatDay } from '@/lib/dates'
import { articleHref, issueHref, readIdParam } from '@/lib/hrefs'
import { pageLabel } from '@/lib/labels'
import { ArticleBody } from './_components/article-body'
import { CiteBox } from './_components/cite-box'
import { loadArticleContext } from './_components/article-context'
import { IssueNav, IssueNavFallback } from './_components/issue-nav'
import { Placements } from './_components/placements'
import { RelatedArticles, RelatedArticlesSkeleton } from './_components/related-articles'
import { SourceLines } from './_components/source-lines'

type Props = { params: Promise<{ id: string }> }

const loadArticle = cache((id: string) => getArticle(id))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle(readIdParam((await params).id))
  return { title: article ? article.title : '找不到稿件' }
}

export default async function ArticlePage({ params }: Props) {
  const id = readIdParam((await params).id)
  // Start the neighbours-and-related request now, beside the article's own; the parts that show it await it.
  loadArticleContext(id).catch(() => {})
  const article = await loadArticle(id)
  if (!article) notFound()
  // The id of a reprint folded into this story names it too; its own id is the one to cite.
  if (article.id !== id) permanentRedirect(articleHref(article.id))
  return (
    <div className="with-sidebar">
      <article className="article" aria-labelledby="article-title">
        <p className="eyebrow">
          <a href={issueHref(article.issue.date)}>{formatDay(article.issue.date)}</a> ·{' '}
          {article.issue.publication} ·{' '}
          <a href={`${issueHref(article.issue.date)}#page-${article.page.number}`}>
            {pageLabel(article.page.number)}
          </a>
          {article.page.name ? ` ${article.page.name}` : ''} <KindBadge kind={article.kind} />
        </p>
        <Placements article={article} />
        <header>
          {article.kicker ? <p className="article__kicker">{article.kicker}</p> : null}
          <h1 id="article-title" className="article__title">
            {article.titleSegments.map((segment, i) =>
              segment.entity ? (
                <EntityLink key={i} entity={segment.entity} className="mention">
                  {segment.text}
                </EntityLink>
              ) : (
                segment.text
              ),
            )}
          </h1>
          {article.subtitle ? <p className="article__subtitle">{article.subtitle}</p> : null}
          {article.bylines.length > 0 || (article.dateline && !article.datelineInText) ? (
            <div className="article__meta">
              {article.bylines.map((byline, i) => (
                <p key={i} className="byline">
                  {byline.text}
                </p>
              ))}
              {article.dateline && !article.datelineInText ? (
                <p className="dateline">
                  <span className="visually-hidden">电头 Dateline: </span>
                  {article.dateline.text}
                </p>
              ) : null}
            </div>
          ) : null}
        </header>
        <ArticleBody sections={article.sections} />
        <CiteBox permalink={article.permalink} citations={article.citations} />
        <SourceLines source={article.source} />
        <Suspense fallback={<IssueNavFallback article={article} />}>
          <IssueNav article={article} />
        </Suspense>
      </article>
      <aside aria-label="相关信息">
        {article.entities.length > 0 ? (
          <section aria-labelledby="mentioned-title">
            <h2 id="mentioned-title">
              提及 <span lang="en">Mentioned</span>
            </h2>
            <ul className="chips">
              {article.entities.map((entity) => (
                <li key={entity.id}>
                  <EntityLink entity={entity} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="related-title">
          <h2 id="related-title">
            相关报道 <span lang="en">Related</span>
          </h2>
          <Suspense fallback={<RelatedArticlesSkeleton />}>
            <RelatedArticles id={article.id} />
          </Suspense>
        </section>
      </aside>
    </div>
  )
}
