// Print laid-out pages to PDF with Chromium, after fitting each column of items to the page, and read each page's
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// gold (its items in reading order, as set) back from what was actually laid out.
import type { Browser } from 'playwright-core'
import type { PageSpec } from './lay-out-page.ts'

/** One item of a page's gold, in the format of `../shared/dev-pages`. */
export interface GoldItem {
  kind: 'article' | 'photo'
  kicker: string | null
  title: string | null
  subtitle: string | null
  byline: string | null
  credit: string | null
  headings: string[]
  paragraphs: string[]
}

/** A page's gold: `{ date, page, title_after, items }`, as `../shared/dev-pages/*.gold.json` hold it. */
export interface PageGold {
  date: string
  page: number
  title_after: false
  items: GoldItem[]
}

/** Start the Chromium that CI installs (Debian's), headless. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core')
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
}

// Runs in the page: drop what does not fit, then read the items back as set.
function fitAndRead(): Omit<GoldItem, never>[] {
  const bottomOf = (el: Element): number => el.getBoundingClientRect().bottom
  const fit = (container: Element, limit: number): void => {
    const children = [...container.children]
    for (let i = 0; i < children.length; i++) {
      const item = children[i]!
      if (item.classList.contains('item')) {
        const removable = (): Element[] =>
          item.tagName === 'FIGURE' ? [] : [...item.querySelectorAll('.body > .para, .body > .heading')]
        while (bottomOf(item) > limit && removable().length > 1) removable().at(-1)!.remove()
        while (removable().at(-1)?.classList.contains('heading')) removable().at(-1)!.remove()
      }
      if (bottomOf(item) > limit) {
        for (const rest of children.slice(i)) rest.remove()
        break
      }
    }
    while (container.lastElementChild && !container.lastElementChild.classList.contains('item'))
      container.lastElementChild.remove()
  }
  const ear = document.querySelector('.ear')
  if (ear) fit(ear, ear.getBoundingClientRect().bottom - 6)
  const banner = document.querySelector('.banner')
  if (banner)
    fit(banner, banner.getBoundingClientRect().top + 0.4 * document.querySelector('.page')!.clientHeight)
  for (const stack of document.querySelectorAll('.stack')) fit(stack, stack.getBoundingClientRect().bottom)
  const text = (el: Element | null): string | null => {
    if (el === null) return null
    const copy = el.cloneNode(true) as Element
    for (const c of copy.querySelectorAll('.credit')) c.remove()
    return (copy.textContent ?? '').trim() || null
  }
  return [...document.querySelectorAll('.item')].map((item) => ({
    kind: item.getAttribute('data-kind') as 'article' | 'photo',
    kicker: text(item.querySelector('.kicker')),
    title: text(item.querySelector('.title, .phototitle')),
    subtitle: text(item.querySelector('.subtitle'))?.replace(/^[—－-]+/u, '') ?? null,
    byline: null,
    credit: item.querySelector('.credit')?.textContent?.trim() ?? null,
    headings: [...item.querySelectorAll('.heading')].map((h) => text(h)!),
    paragraphs: [...item.querySelectorAll('.para')].map((p) => text(p)!).filter((p) => p !== null),
  }))
}

/**
 * Print `spec` to a PDF with `browser` and return the PDF and its gold.
 *
 * @example const { pdf, gold } = await printPage(browser, layOutPage(stories, '2020-02-03', 4, rng))
 */
export async function printPage(browser: Browser, spec: PageSpec): Promise<{ pdf: Buffer; gold: PageGold }> {
  const page = await browser.newPage({ viewport: { width: spec.width, height: spec.height } })
  try {
    // tsx names functions with a `__name` helper that the page does not have: give it one.
    await page.setContent(spec.html, { waitUntil: 'load' })
    await page.evaluate('globalThis.__name = (f) => f')
    await page.evaluate(() => document.fonts.ready)
    const items = await page.evaluate(fitAndRead)
    const pdf = await page.pdf({
      width: `${spec.width}px`,
      height: `${spec.height}px`,
      printBackground: true,
      preferCSSPageSize: true,
    })
    return { pdf, gold: { date: spec.date, page: spec.page, title_after: false, items } }
  } finally {
    await page.close()
  }
}
