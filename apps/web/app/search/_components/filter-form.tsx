// Date range and sort order as a GET form; hidden fields carry the other filters so nothing is lost.
import type { SearchState } from '@/lib/search-params'

export function FilterForm({ state }: { state: SearchState }) {
  return (
    <form className="filters" action="/search" method="get" aria-label="筛选与排序">
      <input type="hidden" name="q" value={state.q} />
      {state.kind ? <input type="hidden" name="kind" value={state.kind} /> : null}
      {state.month ? <input type="hidden" name="month" value={state.month} /> : null}
      {state.entity ? <input type="hidden" name="entity" value={state.entity} /> : null}
      <label>
        起始日期 <span lang="en">From</span>
        <input type="date" name="from" defaultValue={state.from ?? ''} />
      </label>
      <label>
        截止日期 <span lang="en">To</span>
        <input type="date" name="to" defaultValue={state.to ?? ''} />
      </label>
      <label>
        排序 <span lang="en">Sort</span>
        <select name="sort" defaultValue={state.sort}>
          <option value="relevance">相关度 relevance</option>
          <option value="date">日期 date</option>
        </select>
      </label>
      <button type="submit">应用 Apply</button>
    </form>
  )
}
