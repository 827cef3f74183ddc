// Full-text search: highlighted hits, total count, facets that filter, date range, sort, and paging that keeps it all.
import type { Metadata } from 'next'
import { Suspense } from 'react'
import { SearchForm } from '@/components/search/search-form'
import { queryHelp } from '@/lib/query-problems'
import { readSearchState } from '@/lib/search-params'
import { SearchResults, SearchResultsSkeleton } from './_components/search-results'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const state = readSearchState(await searchParams)
  return { title: state.q ? `检索：${state.q}` : '检索' }
}

export default async function SearchPage({ searchParams }: Props) {
  const state = readSearchState(await searchParams)
  return (
    <>
      <h1>
        检索 <span lang="en">Search</span>
      </h1>
      <SearchForm defaultValue={state.q} />
      <p className="muted query-help">{queryHelp}</p>
      {state.q ? (
        <Suspense key={JSON.stringify(state)} fallback={<SearchResultsSkeleton />}>
          <SearchResults state={state} />
        </Suspense>
      ) : (
        <p className="muted">输入词语检索全部稿件，例如“复工复产”。Type a word to search every article.</p>
      )}
    </>
  )
}
