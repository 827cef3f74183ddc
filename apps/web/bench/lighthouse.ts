// Run Lighthouse 12.2.3 against a URL in Debian's Chromium and return its category scores (0–100).
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromiumPath } from '../test/support/browser.ts'
import { freePort, startChild, waitForHttp } from '../test/support/processes.ts'

export interface LighthouseScores {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  /** The performance metrics behind the score, as Lighthouse prints them (`1.2 s`, `0.01`). */
  metrics: Record<string, string>
  /** The audits Lighthouse says would save the most load time, with their estimated savings. */
  opportunities: string[]
}

const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
}

export async function runLighthouse(url: string, preset: 'mobile' | 'desktop'): Promise<LighthouseScores> {
  const { default: lighthouse } = await import('lighthouse')
  const config =
    preset === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined
  const port = await freePort()
  const profile = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-lighthouse-'))
  // Lighthouse talks to the browser over the DevTools protocol, so Chromium is started with a debugging port.
  const chrome = startChild(
    chromiumPath,
    [
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      'about:blank',
    ],
    { cwd: os.tmpdir(), env: process.env },
  )
  try {
    await waitForHttp(`http://127.0.0.1:${port}/json/version`, chrome, 30_000)
    const result = await lighthouse(
      url,
      {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      },
      config,
    )
    const categories = result?.lhr.categories
    const audits = result?.lhr.audits ?? {}
    const score = (key: string) => Math.round((categories?.[key]?.score ?? 0) * 100)
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([name, id]) => [name, audits[id]?.displayValue ?? '?']),
    )
    const opportunities = Object.values(audits)
      .map((audit) => ({
        title: audit.title,
        savings: (audit.details as { overallSavingsMs?: number } | undefined)?.overallSavingsMs ?? 0,
      }))
      .filter((audit) => audit.savings >= 50)
      .sort((a, b) => b.savings - a.savings)
      .slice(0, 3)
      .map((audit) => `${audit.title} (${Math.round(audit.savings)} ms)`)
    return {
      metrics,
      opportunities,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    }
  } finally {
    await chrome.stop()
    rmSync(profile, { recursive: true, force: true })
  }
}
