// Terms over time: up to five words or entities compared month by month or day by day, a chart and its table.
import type { Metadata } from 'next'
import { Suspense } from 'react'
import { readTrendsState } from '@/lib/trends'
import { TrendsForm } from './_components/trends-form'
import { TrendsResults } from './_components/trends-results'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const state = readTrendsState(await searchParams)
  return { title: state.terms.length > 0 ? `词频趋势：${state.terms.join('、')}` : '词频趋势' }
}

export default async function TrendsPage({ searchParams }: Props) {
  const state = readTrendsState(await searchParams)
  return (
    <>
      <h1>
        词频趋势 <span lang="en">Terms over time</span>
      </h1>
      <p className="muted">
        比较至多五个词语或实体在各月、各日出现的稿件数，以及每千篇稿件中的篇数。点击图上的点，列出那一时段的稿件。
      </p>
      <TrendsForm state={state} />
      {state.terms.length + state.entities.length > 0 ? (
        <Suspense key={JSON.stringify(state)} fallback={<p role="status">正在统计… Counting…</p>}>
          <TrendsResults state={state} />
        </Suspense>
      ) : null}
    </>
  )
}
