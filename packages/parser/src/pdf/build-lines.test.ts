import { describe, expect, test } from 'vitest'
import { buildLines } from './build-lines.ts'
import type { TextRun } from './geometry.ts'

const run = (text: string, x0: number, y1: number, size = 10, font = 'FZSSK'): TextRun => ({
  text,
  x0,
  x1: x0 + text.length * size,
  y0: y1 - size,
  y1,
  size,
  font,
  bold: false,
  direction: 'ltr',
})

describe('buildLines', () => {
  test('joins a headline set glyph by glyph with even letter spacing into one line without its spaces', () => {
    const glyphs = [...'中国海油'].map((c, i) => run(c, 100 + i * 60, 50, 30))
    expect(buildLines(glyphs).map((l) => [l.text, l.letterSpaced])).toEqual([['中国海油', true]])
  })

  test('keeps two columns apart at a gutter that runs down the page', () => {
    const rows = [0, 1, 2].flatMap((r) => [
      run('新冠肺炎疫情发生以来', 0, 20 + r * 16),
      run('各级党组织和广大党员', 115, 20 + r * 16),
    ])
    const lines = buildLines(rows)
    expect(lines).toHaveLength(6)
    expect(lines[0]!.text).toBe('新冠肺炎疫情发生以来')
  })

  test('joins a wide space inside a line when the line under it runs across the gap', () => {
    // > | 电   （记者姜洁）日   a stretched space after 电, under a full line
    const lines = buildLines([
      run('电', 0, 20),
      run('（记者姜洁）日', 22, 20),
      run('前，经中共中央批准，', 0, 36),
    ])
    expect(lines.map((l) => l.text)).toEqual(['电（记者姜洁）日', '前，经中共中央批准，'])
  })
})
