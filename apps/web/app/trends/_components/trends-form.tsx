// Five query boxes and the granularity, as a GET form; entity series ride along as hidden fields.
import { maxSeries, type TrendsState } from '@/lib/trends'

export function TrendsForm({ state }: { state: TrendsState }) {
  const boxes = Array.from({ length: maxSeries - state.entities.length }, (_, i) => state.terms[i] ?? '')
  return (
    <form className="trends-form" action="/trends" method="get" aria-label="选择词语">
      {state.entities.map((id) => (
        <input key={id} type="hidden" name="e" value={id} />
      ))}
      {boxes.map((value, i) => (
        <label key={i}>
          词语 {i + 1} <span lang="en">Term</span>
          <input type="search" name="q" defaultValue={value} maxLength={200} autoComplete="off" />
        </label>
      ))}
      <label>
        粒度 <span lang="en">By</span>
        <select name="by" defaultValue={state.granularity === 'DAY' ? 'day' : 'month'}>
          <option value="month">按月 month</option>
          <option value="day">按日 day</option>
        </select>
      </label>
      <button type="submit">绘制 Draw</button>
    </form>
  )
}
