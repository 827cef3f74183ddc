// Simulate the pages of one month of the e-edition, reproducibly: the training set (January) and the held-out set
// (February) come from the same code with different months and seeds.
import { composePage, type SimulatedPage } from './compose-page.ts'
import { seeded } from './random.ts'
import { readMonth, reporterNames } from './source-articles.ts'

export interface SimulateOptions {
  seed: number
  /** Share of pages set as another paper's (masthead, colophon, jump lines, glued headlines). */
  paperShare: number
  /** Renderings of each source page, each with its own layout. */
  variants: number
  /** At most this many pages, drawn evenly from the month. */
  limit?: number
}

export interface NamedPage {
  /** `YYYYMMDD-PP-V`: date, page number and variant, which the CLI reads the date and page from. */
  name: string
  page: SimulatedPage
}

/**
 * The simulated pages of the e-edition month in `dir`.
 *
 * @example simulateMonth(sharedPath('corpus/epaper/2020-01'), { seed: 1, paperShare: 0.25, variants: 3 })
 */
export function simulateMonth(dir: string, options: SimulateOptions): NamedPage[] {
  const sources = readMonth(dir)
  const names = reporterNames(sources)
  const random = seeded(options.seed)
  const out: NamedPage[] = []
  const step = options.limit === undefined ? 1 : Math.max(1, sources.length / options.limit)
  for (
    let k = 0;
    k < sources.length && (options.limit === undefined || out.length < options.limit * options.variants);
    k += step
  ) {
    const source = sources[Math.floor(k)]!
    for (let v = 0; v < options.variants; v++) {
      const paper = random.chance(options.paperShare)
      const page = composePage(random, source, names, paper)
      const name = `${source.date.replaceAll('-', '')}-${String(source.page).padStart(2, '0')}-${v + 1}`
      out.push({ name, page })
    }
  }
  return out
}
