// Debian's Chromium driven by playwright-core (no downloaded browser), plus axe and screenshots.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { type Browser, chromium, type Page } from 'playwright-core'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** Save a full-page screenshot as `<dir>/<name>.png`. */
export async function screenshot(page: Page, dir: string, name: string): Promise<string> {
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/**
 * The README's picture of the reading room: what a 1280×900 window shows. With UPDATE=1 it is written to
 * `docs/reading-room.png` at the repository root (review it, then commit); otherwise beside the other screenshots.
 */
export async function readmeScreenshot(page: Page, dir: string): Promise<string> {
  const target = process.env.UPDATE === '1' ? path.resolve(import.meta.dirname, '../../../../docs') : dir
  mkdirSync(target, { recursive: true })
  const file = path.join(target, 'reading-room.png')
  await page.screenshot({ path: file })
  return file
}

/** axe's serious and critical violations on the page, as `rule-id: help (n nodes)` lines. */
export async function seriousViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ])
  for (const selector of exclude) builder = builder.exclude(selector)
  const results = await builder.analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const node = v.nodes[0]
      const why = node?.failureSummary?.replace(/\s+/g, ' ').trim() ?? ''
      return `${v.id}: ${v.help} (${v.nodes.length}: ${node?.target.join(' ') ?? ''}; ${why})`
    })
}
