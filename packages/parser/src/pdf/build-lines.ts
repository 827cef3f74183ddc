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

/**
 * Lines from runs: runs whose baselines agree within a fifth of their size are one row; a row breaks into lines at
 * gaps wider than a gutter, except that evenly spaced single characters stay one letter-spaced line.
 *
 * @example buildLines(page.runs).map((l) => l.text) // ['中国海油', '新冠肺炎疫情发生以来…', …]
 */
export function buildLines(runs: readonly TextRun[]): TextLine[] {
  const horizontal = runs.filter((r) => r.direction !== 'ttb').slice()
  horizontal.sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0)
  const rows: TextRun[][] = []
  for (const run of horizontal) {
    const row = rows.at(-1)
    const anchor = row?.[0]
    if (anchor !== undefined && Math.abs(run.y1 - anchor.y1) <= Math.min(run.size, anchor.size) * 0.2)
      row!.push(run)
    else rows.push([run])
  }
  const lines: TextLine[] = []
  for (const row of rows) {
    row.sort((a, b) => a.x0 - b.x0)
    const chunks: TextRun[][] = []
    for (const run of row) {
      const chunk = chunks.at(-1)
      const last = chunk?.at(-1)
      const sameType =
        last !== undefined && Math.abs(last.size - run.size) <= Math.max(last.size, run.size) * 0.15
      if (chunk !== undefined && sameType && run.x0 - last.x1 <= run.size * GUTTER_EMS) chunk.push(run)
      else chunks.push([run])
    }
    // Join runs of evenly spaced characters (a letter-spaced headline set glyph by glyph).
    let i = 0
    while (i < chunks.length) {
      let j = i + 1
      while (j < chunks.length && evenlySpaced(chunks.slice(i, j + 1))) j++
      lines.push(lineOf(chunks.slice(i, j).flat()))
      i = j
    }
  }
  for (const run of runs) {
    if (run.direction === 'ttb')
      lines.push({
        ...run,
        letterSpaced: false,
        vertical: true,
        x0: run.x0,
        x1: run.x1,
        y0: run.y0,
        y1: run.y1,
      })
  }
  return lines.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)
}
