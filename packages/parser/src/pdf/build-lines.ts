// Layout step 1: join glyph runs that share a baseline and sit side by side into text lines.
import type { Box, TextRun } from './geometry.ts'

/** One printed line: its runs in x order, its text, and the type it is set in. */
export interface TextLine extends Box {
  text: string
  /** The type size most of its characters are set in. */
  size: number
  font: string
  bold: boolean
  /** True when its characters are spread apart (`中 国 海 油`), as headlines are letter-spaced. */
  letterSpaced: boolean
  vertical: boolean
}

const isHan = (c: string): boolean => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u.test(c)

/** A gap wider than this (in ems) between two runs on a baseline starts a new line: a column gutter. */
const GUTTER_EMS = 0.9
/** A space inside a line may be this wide (ems): `电 （记者…）`, stretched by justification. */
const SPACE_EMS = 3
/** Letter-spaced headlines space their characters by up to this many ems. */
const SPACED_EMS = 3

function lineOf(runs: readonly TextRun[]): TextLine {
  let text = ''
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!
    const prev = runs[i - 1]
    if (prev !== undefined) {
      const gap = run.x0 - prev.x1
      const latinJoin = !isHan(prev.text.at(-1) ?? '') && !isHan(run.text[0] ?? '')
      if (gap > run.size * 0.2 && latinJoin) text += ' '
    }
    text += run.text
  }
  const chars = new Map<string, number>()
  let size = runs[0]!.size
  let best = 0
  const sizes = new Map<number, number>()
  for (const run of runs) {
    const n = run.text.length
    const key = Math.round(run.size * 4) / 4
    sizes.set(key, (sizes.get(key) ?? 0) + n)
    // The face of a line is that of its Chinese text: digits and Latin letters often come from a fallback font.
    const han = run.text.match(/\p{Script=Han}/gu)?.length ?? 0
    chars.set(run.font, (chars.get(run.font) ?? 0) + han * 100 + n)
    if (sizes.get(key)! > best) {
      best = sizes.get(key)!
      size = run.size
    }
  }
  const font = [...chars].sort((a, b) => b[1] - a[1])[0]![0]
  const x0 = runs[0]!.x0
  const x1 = runs.at(-1)!.x1
  const visible = text.replace(/\s/gu, '')
  // Letter-spaced: each character takes well over its em, and the text holds no long unspaced run.
  const letterSpaced = visible.length >= 2 && visible.length <= 16 && (x1 - x0) / visible.length > size * 1.35
  const collapsed = letterSpaced
    ? text.replace(/(?<=[\p{Script=Han}“”《》])\s(?=[\p{Script=Han}“”《》])/gu, '')
    : text
  return {
    x0,
    x1,
    y0: Math.min(...runs.map((r) => r.y0)),
    y1: Math.max(...runs.map((r) => r.y1)),
    text: collapsed,
    size,
    font,
    bold: runs.some((r) => r.bold && r.font === font),
    letterSpaced,
    vertical: false,
  }
}

/** True when the glyph chunks form one letter-spaced headline: short chunks of one size, evenly spaced. */
function evenlySpaced(chunks: readonly TextRun[][]): boolean {
  if (chunks.length < 2) return false
  const size = chunks[0]![0]!.size
  const gaps: number[] = []
  for (let i = 1; i < chunks.length; i++) {
    const prev = chunks[i - 1]!
    const cur = chunks[i]!
    if (Math.abs(cur[0]!.size - size) > size * 0.05) return false
    if (cur.reduce((n, r) => n + r.text.trim().length, 0) > 2) return false
    gaps.push(cur[0]!.x0 - prev.at(-1)!.x1)
  }
  if (chunks[0]!.reduce((n, r) => n + r.text.trim().length, 0) > 2) return false
  const min = Math.min(...gaps)
  const max = Math.max(...gaps)
  return max <= size * SPACED_EMS && max - min <= size * 0.25
}

/** Baselines this close (in ems of the smaller size) are one baseline. */
const BASELINE_EMS = 0.25

/**
 * Lines from runs: taken left to right, each run extends the line whose end it follows on the same baseline (give
 * or take a quarter em, as a fallback font's glyphs sit) within a gutter's width; then evenly spaced single
 * characters on one baseline (a headline set glyph by glyph, `中 国 海 油`) are joined into one letter-spaced line.
 *
 * @example buildLines(page.runs).map((l) => l.text) // ['中国海油', '新冠肺炎疫情发生以来…', …]
 */
export function buildLines(runs: readonly TextRun[]): TextLine[] {
  const horizontal = runs.filter((r) => r.direction !== 'ttb').sort((a, b) => a.x0 - b.x0 || a.y1 - b.y1)
  const chunks: TextRun[][] = []
  // Open chunks by baseline bucket (whole points), so a run looks only at chunks near its own baseline.
  const buckets = new Map<number, TextRun[][]>()
  for (const run of horizontal) {
    const key = Math.round(run.y1)
    let best: TextRun[] | undefined
    let bestDiff = Infinity
    const reach = Math.ceil(run.size * BASELINE_EMS) + 1
    for (let k = key - reach; k <= key + reach; k++) {
      for (const chunk of buckets.get(k) ?? []) {
        const last = chunk.at(-1)!
        const diff = Math.abs(last.y1 - run.y1)
        const gap = run.x0 - last.x1
        if (diff > Math.min(last.size, run.size) * BASELINE_EMS) continue
        if (gap > run.size * GUTTER_EMS || gap < -run.size * 0.5) continue
        if (Math.abs(last.size - run.size) > Math.max(last.size, run.size) * 0.15) continue
        if (diff < bestDiff) {
          best = chunk
          bestDiff = diff
        }
      }
    }
    if (best !== undefined) best.push(run)
    else {
      const chunk = [run]
      chunks.push(chunk)
      const list = buckets.get(key)
      if (list === undefined) buckets.set(key, [chunk])
      else list.push(chunk)
    }
  }
  // Rows of chunks on one baseline, left to right.
  const rows = new Map<number, TextRun[][]>()
  for (const chunk of chunks) {
    const key = Math.round(chunk[0]!.y1 * 2)
    const list = rows.get(key)
    if (list === undefined) rows.set(key, [chunk])
    else list.push(chunk)
  }
  for (const row of rows.values()) row.sort((a, b) => a[0]!.x0 - b[0]!.x0)
  // > |   本报北京1月4日
  // > | 电   （记者姜洁）日前…        a wide space inside a line, not a gutter: the line under it runs across it
  // > | 前，经中共中央批准，…
  // A gap is a gutter only where the lines above and below leave it empty too (a river of white, top to bottom).
  const crossed = (y: number, size: number, x0: number, x1: number): boolean => {
    for (let k = Math.round((y - size * 2.2) * 2); k <= Math.round((y + size * 2.2) * 2); k++) {
      if (Math.abs(k / 2 - y) < size * 0.5) continue
      for (const chunk of rows.get(k) ?? []) {
        const first = chunk[0]!
        if (Math.abs(first.size - size) > size * 0.15) continue
        if (first.x0 < x0 + 1 && chunk.at(-1)!.x1 > x1 - 1) return true
      }
    }
    return false
  }
  for (const row of rows.values()) {
    for (let i = row.length - 2; i >= 0; i--) {
      const left = row[i]!
      const right = row[i + 1]!
      const a = left.at(-1)!
      const b = right[0]!
      const gap = b.x0 - a.x1
      if (gap > b.size * SPACE_EMS || Math.abs(a.size - b.size) > a.size * 0.15) continue
      if (crossed(a.y1, a.size, a.x1, b.x0)) row.splice(i, 2, [...left, ...right])
    }
  }
  // Join evenly spaced short chunks on one baseline into letter-spaced lines.
  const lines: TextLine[] = []
  for (const row of rows.values()) {
    let i = 0
    while (i < row.length) {
      let j = i + 1
      while (j < row.length && evenlySpaced(row.slice(i, j + 1))) j++
      lines.push(lineOf(row.slice(i, j).flat()))
      i = j
    }
  }
  for (const run of runs) {
    if (run.direction === 'ttb') lines.push({ ...run, letterSpaced: false, vertical: true })
  }
  return lines.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)
}
