// How big the archive is.
import type { HomeView } from '@/lib/home'

const number = new Intl.NumberFormat('zh-CN')

export function CorpusCounts({ counts }: { counts: HomeView['counts'] }) {
  return (
    <section aria-labelledby="counts-title">
      <h2 id="counts-title" className="visually-hidden">
        档案规模 Corpus
      </h2>
      <ul className="stats">
        <li>
          <strong>{number.format(counts.issues)}</strong> 期 <span lang="en">issues</span>
        </li>
        <li>
          <strong>{number.format(counts.articles)}</strong> 篇稿件 <span lang="en">articles</span>
        </li>
        <li>
          <strong>{number.format(counts.entities)}</strong> 个实体 <span lang="en">entities</span>
        </li>
        <li>
          <strong>{number.format(counts.publications)}</strong> 种报刊 <span lang="en">publications</span>
        </li>
      </ul>
    </section>
  )
}
