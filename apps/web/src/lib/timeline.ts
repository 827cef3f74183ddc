// Turn an entity's timeline from the API into bars for the chart: ordered periods, short gaps filled with zeros.

export type Granularity = 'DAY' | 'MONTH'

export interface TimelineBar {
  /** `YYYY-MM` or `YYYY-MM-DD`. */
  period: string
  count: number
  /** True for the first bar after a stretch of empty periods too long to draw (1998 → 2020). */
  afterGap: boolean
}

const maxFilled: Record<Granularity, number> = { DAY: 400, MONTH: 120 }

function nextPeriod(period: string, granularity: Granularity): string {
  if (granularity === 'MONTH') {
    const [y, m] = period.split('-').map(Number) as [number, number]
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
  }
  const d = new Date(`${period}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/**
 * Order the points, merge duplicates, and fill empty periods between them with zero bars, unless a gap is longer
 * than the chart can show (then the next bar is marked `afterGap`).
 *
 * @example
 * toTimelineBars([{ period: '2020-01', count: 3 }, { period: '2020-03', count: 1 }], 'MONTH')
 * // → 2020-01 (3), 2020-02 (0), 2020-03 (1)
 */
export function toTimelineBars(
  points: readonly { period: string; count: number }[],
  granularity: Granularity,
) {
  const width = granularity === 'MONTH' ? 7 : 10
  const counts = new Map<string, number>()
  for (const point of points) {
    const period = point.period.slice(0, width)
    counts.set(period, (counts.get(period) ?? 0) + point.count)
  }
  const periods = [...counts.keys()].sort()
  const bars: TimelineBar[] = []
  for (const [i, period] of periods.entries()) {
    const previous = periods[i - 1]
    let afterGap = false
    if (previous !== undefined) {
      const filler: string[] = []
      let cursor = nextPeriod(previous, granularity)
      while (cursor < period && filler.length <= maxFilled[granularity]) {
        filler.push(cursor)
        cursor = nextPeriod(cursor, granularity)
      }
      if (filler.length > maxFilled[granularity] / 4) afterGap = true
      else for (const empty of filler) bars.push({ period: empty, count: 0, afterGap: false })
    }
    bars.push({ period, count: counts.get(period) ?? 0, afterGap })
  }
  return bars
}
