// Choose the timeline's granularity and date range; a GET form, so the choice lands in the URL.
import type { EntityState } from '@/lib/entity-params'

export function RangeForm({ action, state }: { action: string; state: EntityState }) {
  return (
    <form className="range-form" action={action} method="get">
      <label>
        粒度 <span lang="en">By</span>
        <select name="by" defaultValue={state.granularity === 'DAY' ? 'day' : 'month'}>
          <option value="month">按月 month</option>
          <option value="day">按日 day</option>
        </select>
      </label>
      <label>
        起始 <span lang="en">From</span>
        <input type="date" name="from" defaultValue={state.from ?? ''} />
      </label>
      <label>
        截止 <span lang="en">To</span>
        <input type="date" name="to" defaultValue={state.to ?? ''} />
      </label>
      <button type="submit">应用 Apply</button>
    </form>
  )
}
