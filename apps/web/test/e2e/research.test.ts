// A researcher's tools in Debian's Chromium against the real API and a seeded PostgreSQL: the query language, terms
// over time, keyword in context, exports, the cite box, the issue calendar, previous/next issue, the entity
// directory and the co-occurrence network. Each page is screenshotted and checked with axe.
import path from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import type { Browser, Page } from 'playwright-core'
import { hasShared } from '@broadsheet/shared-data'
import { afterAll, beforeAll, describe, expect, test as anyTest } from 'vitest'
import { launchChromium, screenshot, seriousViolations } from '../support/browser.ts'
import { testCorpus } from '../support/corpus.ts'
import { buildWeb, type RunningSystem, startSystem, webDir } from '../support/system.ts'

// Every test here reads an archive seeded from ../shared: without it they are all skipped.
const test = anyTest.skipIf(!hasShared)

const shots = path.join(webDir, 'test-results/e2e')

let system: RunningSystem
let browser: Browser
let page: Page

beforeAll(async () => {
  await buildWeb()
  system = await startSystem(testCorpus())
  browser = await launchChromium()
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  page = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
  await system?.stop()
})

/** The API's answer, for checking the page against it. */
async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(system.apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })
  return ((await response.json()) as { data: T }).data
}

const totalOf = async (q: string) =>
  (
    await api<{ search: { totalCount: number } }>(`query($q: String!) { search(query: $q) { totalCount } }`, {
      q,
    })
  ).search.totalCount

const shownTotal = async () => Number(await page.getByTestId('total-count').textContent())

async function search(q: string) {
  await page.goto(`${system.webUrl}/search?${new URLSearchParams({ q })}`)
  await page.getByTestId('total-count').or(page.locator('.query-problem')).first().waitFor()
}

describe.sequential('search that understands a query', () => {
  test('two words find the articles with both, and a minus takes some away', async () => {
    await search('疫情 武汉')
    const both = await shownTotal()
    expect(both).toBe(await totalOf('疫情 武汉'))
    expect(both).toBeGreaterThan(0)
    await search('疫情 -武汉')
    expect((await shownTotal()) + both).toBe(await totalOf('疫情'))
    await screenshot(page, shots, '10-search-exclude')
    expect(await seriousViolations(page)).toEqual([])
  })

  test('習近平 finds 习近平’s articles and says how it read the query', async () => {
    await search('習近平')
    expect(await shownTotal()).toBe(await totalOf('习近平'))
    await expect(page.getByTestId('understood').textContent()).resolves.toBe('习近平')
  })

  test('a malformed query gets a message, not “0 results”', async () => {
    await search('"新冠')
    await expect(page.locator('.query-problem').textContent()).resolves.toContain('引号没有闭合')
    expect(await page.getByTestId('total-count').count()).toBe(0)
    await screenshot(page, shots, '11-search-malformed')
    expect(await seriousViolations(page)).toEqual([])
  })

  test('the facets say they count articles', async () => {
    await search('疫情')
    await expect(page.locator('.facets').textContent()).resolves.toContain('Counts are matching articles')
  })

  test('the results download as CSV with a row per article', async () => {
    await search('疫情')
    const href = await page.getByRole('link', { name: '导出 CSV' }).getAttribute('href')
    const response = await fetch(`${system.webUrl}${href}`)
    expect(response.headers.get('content-disposition')).toMatch(/attachment/)
    const rows = parseCsv(await response.text(), { bom: true, columns: true }) as { title: string }[]
    expect(rows).toHaveLength(await shownTotal())
  })
})

describe.sequential('terms over time', () => {
  test('疫情 and 复工 by month: a line each, with the table under the chart', async () => {
    await page.goto(`${system.webUrl}/search?q=${encodeURIComponent('疫情')}`)
    await Promise.all([
      page.waitForURL(/\/trends\?/),
      page.getByRole('link', { name: '词频趋势 Trend' }).click(),
    ])
    await page.getByLabel('词语 2').fill('复工')
    await Promise.all([page.waitForURL(/q=.*q=/), page.getByRole('button', { name: '绘制 Draw' }).click()])
    const series = await page
      .locator('.trends-chart g.series')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-series')))
    expect(series).toEqual(['疫情', '复工'])
    const rows = await page.locator('.trends-table tbody tr').count()
    expect(rows).toBe(Number(await page.locator('.trends-chart svg').getAttribute('data-periods')))
    const total = await page.locator('.trends-table tfoot td').nth(1).textContent()
    expect(Number(total)).toBe(await totalOf('疫情'))
    await screenshot(page, shots, '12-trends')
    expect(await seriousViolations(page)).toEqual([])
  })

  test('a click on a point lists the articles of that month', async () => {
    const points = page.locator('.trends-chart g.series[data-series="疫情"] circle')
    const periods = await points.evaluateAll((circles) =>
      circles.map((c) => [c.getAttribute('data-period'), Number(c.getAttribute('data-count'))] as const),
    )
    const [period, count] = periods.find(([, n]) => n > 0)!
    await Promise.all([
      page.waitForURL(/\/search\?/),
      points.and(page.locator(`[data-period="${period}"]`)).click(),
    ])
    expect(await shownTotal()).toBe(count)
    const [year, month] = period!.split('-').map(Number)
    const dates = await page.locator('.hit .article-list__meta a').allTextContents()
    expect(dates.every((d) => d.startsWith(`${year}年${month}月`))).toBe(true)
  })
})

describe.sequential('keyword in context', () => {
  test('lists every occurrence of 贫困, aligned on the match, and sorts by right context', async () => {
    await page.goto(`${system.webUrl}/kwic?q=${encodeURIComponent('贫困')}`)
    const { keywordInContext } = await api<{ keywordInContext: { totalCount: number } }>(
      `{ keywordInContext(query: "贫困", first: 0) { totalCount } }`,
    )
    expect(Number(await page.getByTestId('kwic-total').textContent())).toBe(keywordInContext.totalCount)
    const shown = Math.min(100, keywordInContext.totalCount)
    expect(await page.locator('.kwic tbody tr').count()).toBe(shown)
    const matches = await page.locator('.kwic__match').allTextContents()
    expect(matches.slice(1).every((m) => m === '贫困')).toBe(true)
    // Aligned: every match starts at the same x.
    const xs = await page
      .locator('.kwic tbody .kwic__match mark')
      .evaluateAll((marks) => marks.map((m) => Math.round(m.getBoundingClientRect().left)))
    expect(new Set(xs).size).toBe(1)
    await Promise.all([
      page.waitForURL(/sort=right/),
      page.getByRole('link', { name: '按右侧语境 right context' }).click(),
    ])
    const rights = await page.locator('.kwic tbody .kwic__right').allTextContents()
    expect(rights).toEqual([...rights].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    await screenshot(page, shots, '13-kwic')
    expect(await seriousViolations(page)).toEqual([])
  })

  test('exports every occurrence and links each line to its article', async () => {
    const href = await page.getByRole('link', { name: '导出 CSV' }).getAttribute('href')
    const rows = parseCsv(await (await fetch(`${system.webUrl}${href}`)).text(), {
      bom: true,
      columns: true,
    }) as {
      match: string
    }[]
    expect(rows).toHaveLength(Number(await page.getByTestId('kwic-total').textContent()))
    await Promise.all([page.waitForURL(/\/articles\//), page.locator('.kwic__source a').first().click()])
    await expect(page.locator('.article__body').textContent()).resolves.toMatch(/贫困/)
  })
})

describe.sequential('citation', () => {
  test('an article offers a permalink and its citation in GB/T 7714 and Chicago', async () => {
    await search('抗疫情抓生产')
    await Promise.all([
      page.waitForURL(/\/articles\//),
      page.getByRole('link', { name: '抗疫情抓生产 筑堡垒当先锋' }).first().click(),
    ])
    const permalink = await page.getByTestId('permalink').textContent()
    expect(permalink).toBe(
      new URL(page.url()).href.replace(system.webUrl, permalink!.slice(0, permalink!.indexOf('/articles/'))),
    )
    await expect(page.getByTestId('cite-gbt').textContent()).resolves.toMatch(
      /^王鹏, 江琳\. 抗疫情抓生产 筑堡垒当先锋\[N\/OL\]\. .*, 2020-03-13.*\[\d{4}-\d{2}-\d{2}\]\. http/,
    )
    await expect(page.getByTestId('cite-chicago').textContent()).resolves.toMatch(
      /^王鹏 and 江琳\. “抗疫情抓生产 筑堡垒当先锋\.” .*, March 13, 2020\. http/,
    )
    await screenshot(page, shots, '14-cite')
    expect(await seriousViolations(page)).toEqual([])
  })
})

describe.sequential('browsing', () => {
  test('the calendar reaches a 1998 issue in three clicks from the front page', async () => {
    await page.goto(`${system.webUrl}/`)
    await Promise.all([
      page.waitForURL(/\/calendar$/),
      page.getByRole('link', { name: '日历 Calendar' }).click(),
    ])
    await screenshot(page, shots, '15-calendar')
    expect(await seriousViolations(page)).toEqual([])
    await Promise.all([
      page.waitForURL(/\/calendar\/1998$/),
      page.getByRole('link', { name: /^1998年/ }).click(),
    ])
    await screenshot(page, shots, '16-calendar-1998')
    expect(await seriousViolations(page)).toEqual([])
    await Promise.all([
      page.waitForURL(/\/issues\/1998-01-02$/),
      page.getByRole('link', { name: /^1998年1月2日，\d+ 篇$/ }).click(),
    ])
    await expect(page.locator('h1').textContent()).resolves.toBe('1998年1月2日')
  })

  test('an issue links to the previous and next issues', async () => {
    await Promise.all([page.waitForURL(/1998-01-03$/), page.getByRole('link', { name: /下一期/ }).click()])
    await Promise.all([page.waitForURL(/1998-01-02$/), page.getByRole('link', { name: /上一期/ }).click()])
    await Promise.all([page.waitForURL(/1998-01-01$/), page.getByRole('link', { name: /上一期/ }).click()])
    await expect(page.locator('.issue-days').textContent()).resolves.toContain('没有更早的一期')
    await page.goto(`${system.webUrl}/issues/1998-01-03`)
    // The next issue after 1998 is 2020's first: the archive skips the years it does not hold.
    await expect(page.getByRole('link', { name: /下一期/ }).getAttribute('href')).resolves.toBe(
      '/issues/2020-01-01',
    )
    await screenshot(page, shots, '17-issue-adjacent')
    expect(await seriousViolations(page)).toEqual([])
  })

  test('the entity directory filters by type, finds a name typed in traditional characters, and counts', async () => {
    await Promise.all([
      page.waitForURL(/\/entities$/),
      page.getByRole('link', { name: '实体 Entities' }).click(),
    ])
    const all = Number(await page.getByTestId('entity-total').textContent())
    await page.locator('form.filters select[name="type"]').selectOption('PERSON')
    await Promise.all([
      page.waitForURL(/type=PERSON/),
      page.getByRole('button', { name: '查找 Find' }).click(),
    ])
    const people = Number(await page.getByTestId('entity-total').textContent())
    expect(people).toBeGreaterThan(0)
    expect(people).toBeLessThan(all)
    const types = await page.locator('.directory .type-badge').allTextContents()
    expect(types.every((t) => t.startsWith('人物'))).toBe(true)
    const counts = (await page.locator('.directory tbody tr td:nth-child(3)').allTextContents()).map(Number)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    await page.locator('form.filters input[name="name"]').fill('習近平')
    await Promise.all([page.waitForURL(/name=/), page.getByRole('button', { name: '查找 Find' }).click()])
    await expect(page.locator('.directory tbody tr a').first().textContent()).resolves.toBe('习近平')
    await screenshot(page, shots, '18-entities')
    expect(await seriousViolations(page)).toEqual([])
  })

  test('the entity page draws its co-occurrence network, each node a link', async () => {
    await Promise.all([
      page.waitForURL(/\/entities\/.+/),
      page.locator('.directory tbody tr a').first().click(),
    ])
    const network = page.locator('.network svg')
    await network.waitFor()
    const nodes = Number(await network.getAttribute('data-nodes'))
    expect(nodes).toBeGreaterThan(3)
    expect(await page.locator('.network a.network__node').count()).toBe(nodes)
    expect(await page.locator('.network line').count()).toBeGreaterThanOrEqual(nodes - 1)
    const neighbour = page.locator('.network a.network__node').nth(1)
    const name = await neighbour.locator('text').textContent()
    const href = await neighbour.getAttribute('href')
    expect(href).toMatch(/^\/entities\/[^/]+$/)
    expect(href).not.toBe(new URL(page.url()).pathname)
    await screenshot(page, shots, '19-network')
    expect(await seriousViolations(page)).toEqual([])
    await page.goto(`${system.webUrl}${href}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(name)
  })
})
