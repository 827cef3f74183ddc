// How well the layout rules rebuild real articles set as page text: a measured floor, not a pinned output.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { hasShared, sharedPath } from '@broadsheet/shared-data'
import { describe, expect, test } from 'vitest'
import { parsePage } from '../src/index.ts'
import { layOut } from './support/rewrap.ts'

const epaperRoot = sharedPath('corpus/epaper')

describe.skipIf(!hasShared)('real articles re-wrapped as page layout text', () => {
  const files = hasShared
    ? readdirSync(epaperRoot)
        .sort()
        .flatMap((m) =>
          readdirSync(join(epaperRoot, m))
            .sort()
            .flatMap((d) =>
              readdirSync(join(epaperRoot, m, d))
                .sort()
                .map((f) => join(epaperRoot, m, d, f)),
            ),
        )
    : []
  let articles = 0
  let titles = 0
  let paragraphs = 0
  let rebuilt = 0
  for (let k = 0; k < files.length; k += 13) {
    const source = parsePage(readFileSync(files[k]!, 'utf8'), { format: 'eedition', entities: false })
      .items[0]
    if (source === undefined || source.title === null || source.kind !== 'article') continue
    if (source.sections.some((s) => s.heading !== null)) continue
    const texts = source.sections.flatMap((s) => s.paragraphs.map((p) => p.text))
    if (texts.length === 0) continue
    const width = 8 + (k % 17)
    const order = k % 2 === 0 ? ('title-first' as const) : ('title-after-body' as const)
    const article = {
      kicker: source.kicker,
      title: source.title,
      subtitle: source.subtitle,
      byline: null,
      paragraphs: texts,
      dateline: null,
    }
    const page = parsePage(layOut(article, { width, order, seed: k }), { entities: false, format: 'page' })
    articles++
    if (page.items.length === 1 && page.items[0]!.title === source.title) titles++
    const got = new Set(page.items.flatMap((i) => i.sections.flatMap((s) => s.paragraphs.map((p) => p.text))))
    paragraphs += texts.length
    rebuilt += texts.filter((t) => got.has(t)).length
  }

  test('samples enough articles to mean something', () => {
    expect(articles).toBeGreaterThan(150)
  })

  test('finds the title of at least nine articles in ten, at column widths from 8 to 24 and in either order', () => {
    expect(titles / articles).toBeGreaterThanOrEqual(0.9)
  })

  test('rebuilds at least nine paragraphs in ten exactly, across blank-line artifacts', () => {
    expect(rebuilt / paragraphs).toBeGreaterThanOrEqual(0.9)
  })
})
