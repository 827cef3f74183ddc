// The front page: search, the newest issues, this month's most-mentioned entities, and the archive's size.
import { Suspense } from 'react'
import { SearchForm } from '@/components/search/search-form'
import { getHome } from '@/lib/home'
import { LatestIssues } from './_components/latest-issues'
import { CorpusCounts } from './_components/corpus-counts'
import { TopEntities, TopEntitiesSkeleton } from './_components/top-entities'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const home = await getHome()
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">中文报纸档案</h1>
        <p className="muted">
          检索人民日报、新华社的稿件，按版面阅读，查看人物、地点、机构在报道中的出现。
          <span lang="en"> Search and read Chinese newspapers by article, page and entity.</span>
        </p>
        <div className="search-form--hero">
          <SearchForm />
        </div>
      </section>
      <CorpusCounts counts={home.counts} />
      <div className="with-sidebar">
        <section aria-labelledby="top-title">
          <Suspense fallback={<TopEntitiesSkeleton />}>
            <TopEntities lastDate={home.lastDate} />
          </Suspense>
        </section>
        <LatestIssues issues={home.latestIssues} />
      </div>
    </>
  )
}
