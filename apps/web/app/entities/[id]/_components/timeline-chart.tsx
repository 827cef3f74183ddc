// An SVG bar chart of the articles mentioning an entity per day or month, with a data table for screen readers.
import { formatDay, formatMonth } from '@/lib/dates'
import type { Granularity, TimelineBar } from '@/lib/timeline'

const height = 180
const top = 14
const bottom = 28
const left = 40
const plotWidth = 680

export function TimelineChart({
  bars,
  granularity,
  name,
}: {
  bars: readonly TimelineBar[]
  granularity: Granularity
  name: string
}) {
  if (bars.length === 0) return <p className="muted">所选范围内没有提及。No mentions in this range.</p>
  const label = granularity === 'MONTH' ? formatMonth : formatDay
  // A fixed drawing width keeps the text the same size however many bars there are; long ranges scroll.
  const step = Math.max(6, Math.min(56, plotWidth / bars.length))
  const width = Math.max(left + plotWidth + 8, left + bars.length * step + 8)
  const max = Math.max(1, ...bars.map((bar) => bar.count))
  const plot = height - top - bottom
  const every = Math.ceil(bars.length / Math.max(1, Math.floor((width - left) / 72)))
  const total = bars.reduce((sum, bar) => sum + bar.count, 0)
  return (
    <figure className="timeline">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="timeline-caption"
        data-granularity={granularity}
        data-periods={bars
          .filter((b) => b.count > 0)
          .map((b) => b.period)
          .join(' ')}
      >
        <line x1={left} x2={width} y1={height - bottom} y2={height - bottom} stroke="#8d8a83" />
        <text x={left - 4} y={top + 4} textAnchor="end" className="axis">
          {max}
        </text>
        <text x={left - 4} y={height - bottom} textAnchor="end" className="axis">
          0
        </text>
        {bars.map((bar, i) => {
          const x = left + i * step
          const h = (bar.count / max) * plot
          return (
            <g key={bar.period}>
              {bar.afterGap ? <line className="gap" x1={x} x2={x} y1={top} y2={height - bottom} /> : null}
              <rect
                className="bar"
                x={x + step * 0.15}
                y={height - bottom - h}
                width={step * 0.7}
                height={h}
                data-period={bar.period}
                data-count={bar.count}
              >
                <title>{`${label(bar.period)}：${bar.count} 篇`}</title>
              </rect>
              {i % every === 0 || bar.afterGap ? (
                <text x={x + step / 2} y={height - bottom + 16} textAnchor="middle" className="axis">
                  {granularity === 'MONTH' ? bar.period : bar.period.slice(5)}
                </text>
              ) : null}
            </g>
          )
        })}
      </svg>
      <figcaption id="timeline-caption" className="muted">
        {granularity === 'MONTH' ? '每月' : '每日'}提及{name}的稿件数，共 {total} 篇，
        {bars[0] ? label(bars[0].period) : ''}至{bars.at(-1) ? label(bars.at(-1)!.period) : ''}
        。虚线表示中间有较长的空白时段。
      </figcaption>
      <details>
        <summary>数据表 Data table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">时段 Period</th>
              <th scope="col">稿件 Articles</th>
            </tr>
          </thead>
          <tbody>
            {bars
              .filter((bar) => bar.count > 0)
              .map((bar) => (
                <tr key={bar.period}>
                  <td>{label(bar.period)}</td>
                  <td>{bar.count}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
