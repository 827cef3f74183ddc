// The trends chart (articles per 1,000 of each period, one line a series, each point a link) and its table.
import { formatDay, formatMonth } from '@/lib/dates'
import { getTrends, type Trends, type TrendsState } from '@/lib/trends'

const colors = ['#8b1a1a', '#1f5f99', '#2d7a3a', '#8a5a00', '#6b3fa0']
const height = 260
const top = 16
const bottom = 34
const left = 48
const plotWidth = 720

export async function TrendsResults({ state }: { state: TrendsState }) {
  const trends = await getTrends(state)
  if (trends.problem) {
    return (
      <div className="query-problem" role="alert">
        <p>
          <strong>{trends.problem.message}</strong>
        </p>
        <p className="muted" lang="en">
          {trends.problem.detail}
        </p>
      </div>
    )
  }
  if (trends.periods.length === 0) return <p className="muted">档案中没有稿件。The archive is empty.</p>
  const label = state.granularity === 'MONTH' ? formatMonth : formatDay
  return (
    <>
      <TrendsChart trends={trends} granularity={state.granularity} />
      <table className="trends-table">
        <caption>
          各时段稿件数与每千篇稿件中的篇数 <span lang="en">Articles, and per 1,000 articles, by period</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">时段 Period</th>
            <th scope="col">全部稿件 All</th>
            {trends.series.map((s, i) => (
              <th scope="col" key={i}>
                <span className="swatch" style={{ background: colors[i] }} /> {s.label}（篇 / ‰）
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trends.periods.map((period, row) => (
            <tr key={period.period}>
              <th scope="row">{label(period.period)}</th>
              <td>{period.articleCount}</td>
              {trends.series.map((s, i) => {
                const point = s.points[row]!
                return (
                  <td key={i}>
                    <a href={point.href}>{point.count}</a> / {point.perThousand.toFixed(1)}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">合计 Total</th>
            <td>{trends.periods.reduce((n, p) => n + p.articleCount, 0)}</td>
            {trends.series.map((s, i) => (
              <td key={i}>{s.total}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </>
  )
}

/** True when `b` does not follow `a` directly (a month or a day with no issue lies between). */
function gapBetween(a: string, b: string): boolean {
  const next = new Date(`${a.length === 7 ? `${a}-01` : a}T00:00:00Z`)
  if (a.length === 7) next.setUTCMonth(next.getUTCMonth() + 1)
  else next.setUTCDate(next.getUTCDate() + 1)
  return next.toISOString().slice(0, a.length) !== b
}

function TrendsChart({ trends, granularity }: { trends: Trends; granularity: 'MONTH' | 'DAY' }) {
  const periods = trends.periods
  const step = Math.max(8, Math.min(90, plotWidth / periods.length))
  const width = left + Math.max(plotWidth, step * periods.length) + 16
  const max = Math.max(1, ...trends.series.flatMap((s) => s.points.map((p) => p.perThousand)))
  const plot = height - top - bottom
  const x = (i: number) => left + step * (i + 0.5)
  const y = (value: number) => top + plot - (value / max) * plot
  const every = Math.ceil(periods.length / Math.max(1, Math.floor(plotWidth / 80)))
  const label = granularity === 'MONTH' ? formatMonth : formatDay
  return (
    <figure className="trends-chart">
      <ul className="legend">
        {trends.series.map((s, i) => (
          <li key={i}>
            <span className="swatch" style={{ background: colors[i] }} /> {s.label}（共 {s.total} 篇）
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${width} ${height}`} aria-labelledby="trends-caption" data-periods={periods.length}>
        <line x1={left} x2={width - 8} y1={top + plot} y2={top + plot} stroke="#8d8a83" />
        <text x={left - 6} y={top + 4} textAnchor="end" className="axis">
          {max.toFixed(0)}‰
        </text>
        <text x={left - 6} y={top + plot} textAnchor="end" className="axis">
          0
        </text>
        {periods.map((p, i) =>
          i > 0 && gapBetween(periods[i - 1]!.period, p.period) ? (
            <line
              key={`gap-${p.period}`}
              className="gap"
              x1={x(i) - step / 2}
              x2={x(i) - step / 2}
              y1={top}
              y2={top + plot}
            />
          ) : null,
        )}
        {periods.map((p, i) =>
          i % every === 0 ? (
            <text
              key={`label-${p.period}`}
              x={x(i)}
              y={height - bottom + 18}
              textAnchor="middle"
              className="axis"
            >
              {granularity === 'MONTH' ? p.period : p.period.slice(2)}
            </text>
          ) : null,
        )}
        {trends.series.map((s, i) => {
          // A line breaks at a gap in the calendar rather than bridging it.
          const path = s.points
            .map(
              (point, j) =>
                `${j === 0 || gapBetween(periods[j - 1]!.period, point.period) ? 'M' : 'L'}${x(j).toFixed(1)},${y(point.perThousand).toFixed(1)}`,
            )
            .join(' ')
          return (
            <g key={i} className="series" data-series={s.label}>
              <path d={path} fill="none" stroke={colors[i]} strokeWidth={2} />
              {s.points.map((point, j) => (
                <a
                  key={point.period}
                  href={point.href}
                  aria-label={`${s.label}，${label(point.period)}：${point.count} 篇，每千篇 ${point.perThousand.toFixed(1)}`}
                >
                  <circle
                    className="point"
                    cx={x(j)}
                    cy={y(point.perThousand)}
                    r={point.count > 0 ? 5 : 3}
                    fill={colors[i]}
                    data-period={point.period}
                    data-count={point.count}
                  />
                </a>
              ))}
            </g>
          )
        })}
      </svg>
      <figcaption id="trends-caption" className="muted">
        每千篇稿件中提及各词语的篇数（‰），{granularity === 'MONTH' ? '按月' : '按日'}
        ；虚线表示中间没有报纸的时段。点击数据点列出该时段的稿件。
      </figcaption>
    </figure>
  )
}
