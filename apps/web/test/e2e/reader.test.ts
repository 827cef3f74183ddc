// A researcher's path through the archive, in Debian's Chromium against the real API and a seeded PostgreSQL:
// search, read, follow an entity, follow who appears with it, and query the API in the playground.
import path from 'node:path'
import { hasShared } from '@broadsheet/shared-data'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test as anyTest } from 'vitest'
import { launchChromium, readmeScreenshot, screenshot, seriousViolations } from '../support/browser.ts'
import { testCorpus } from '../support/corpus.ts'
import { buildWeb, type RunningSystem, startSystem, webDir } from '../support/system.ts'

const shots = path.join(webDir, 'test-results/e2e')
// Every test here reads an archive seeded from ../shared: without it they are all skipped.
const test = anyTest.skipIf(!hasShared)

let system: RunningSystem
let browser: Browser
let page: Page
let articleUrl = ''
/** What the browser reported blocking under the Content-Security-Policy. */
const blocked: string[] = []

beforeAll(async () => {
  await buildWeb()
  system = await startSystem(testCorpus())
  browser = await launchChromium()
  // axe needs a page in an explicit context.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  page = await context.newPage()
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text())
  })
})

afterAll(async () => {
  await browser?.close()
  await system?.stop()
})

// The steps share one page, as one reader would; each starts where the previous one left off.
describe.sequential('a reader', () => {
  test('opens the front page and searches 复工复产', async () => {
    const response = await page.goto(`${system.webUrl}/`)
    expect(response?.status()).toBe(200)
    const headers = response!.headers()
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/)
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN')
    await screenshot(page, shots, '01-home')
    expect(await seriousViolations(page)).toEqual([])

    const box = page.getByRole('main').getByRole('searchbox', { name: '检索全文' })
    await box.fill('复工复产')
    await Promise.all([page.waitForURL(/\/search\?q=/), box.press('Enter')])
    expect(decodeURIComponent(new URL(page.url()).search)).toContain('q=复工复产')
  })

  test('sees 抗疫情抓生产 筑堡垒当先锋 among the results, with the hit highlighted', async () => {
    const hit = page.locator('.hit', { has: page.getByRole('link', { name: '抗疫情抓生产 筑堡垒当先锋' }) })
    await hit.waitFor()
    expect(Number(await page.getByTestId('total-count').textContent())).toBeGreaterThan(0)
    await expect(hit.locator('mark').first().textContent()).resolves.toBe('复工复产')
    await screenshot(page, shots, '02-search')
    await readmeScreenshot(page, shots)
    expect(await seriousViolations(page)).toEqual([])
  })

  test('narrows the results by clicking a month facet, and the filter stays in the URL', async () => {
    const total = Number(await page.getByTestId('total-count').textContent())
    const month = page.locator('.facets a[href*="month=2020-03"]')
    await Promise.all([page.waitForURL(/month=2020-03/), month.click()])
    const narrowed = Number(await page.getByTestId('total-count').textContent())
    expect(narrowed).toBeGreaterThan(0)
    expect(narrowed).toBeLessThan(total)
    const dates = await page.locator('.hit .article-list__meta a').allTextContents()
    expect(dates.every((d) => d.startsWith('2020年3月'))).toBe(true)
    await expect(page.locator('.facets a[aria-current="true"]').count()).resolves.toBe(1)
  })

  test('opens it and reads its four section headings', async () => {
    await Promise.all([
      page.waitForURL(/\/articles\//),
      page.getByRole('link', { name: '抗疫情抓生产 筑堡垒当先锋' }).first().click(),
    ])
    await expect(page.locator('h1').textContent()).resolves.toBe('抗疫情抓生产 筑堡垒当先锋')
    articleUrl = page.url()
    const headings = await page.locator('.article__body h2').allTextContents()
    expect(headings).toHaveLength(4)
    expect(headings.join('')).toContain('复工复产')
    await screenshot(page, shots, '03-article')
    expect(await seriousViolations(page)).toEqual([])
  })

  test('clicks the highlighted 习近平 and sees his mentions across months', async () => {
    const mention = page.locator('.article__body a.mention', { hasText: '习近平' }).first()
    await expect(mention.getAttribute('data-entity-type')).resolves.toBe('PERSON')
    await Promise.all([page.waitForURL(/\/entities\//), mention.click()])
    await expect(page.locator('h1').textContent()).resolves.toBe('习近平')
    const periods = await page
      .locator('.timeline rect.bar')
      .evaluateAll((bars) =>
        bars
          .filter((bar) => Number(bar.getAttribute('data-count')) > 0)
          .map((bar) => bar.getAttribute('data-period')),
      )
    // The test corpus holds January and February 2020 (e-edition) and March 2020 (the seed page).
    expect(periods).toEqual(expect.arrayContaining(['2020-01', '2020-02', '2020-03']))
    await screenshot(page, shots, '04-entity')
    expect(await seriousViolations(page)).toEqual([])
  })

  test('redraws the timeline by day over a chosen range', async () => {
    const entityUrl = page.url()
    await page.getByLabel('粒度').selectOption('day')
    await page.getByLabel('起始').fill('2020-02-01')
    await page.getByLabel('截止').fill('2020-02-29')
    await Promise.all([page.waitForURL(/by=day/), page.getByRole('button', { name: '应用 Apply' }).click()])
    const query = new URL(page.url()).searchParams
    expect([query.get('by'), query.get('from'), query.get('to')]).toEqual(['day', '2020-02-01', '2020-02-29'])
    const periods = await page
      .locator('.timeline rect.bar')
      .evaluateAll((bars) =>
        bars
          .filter((bar) => Number(bar.getAttribute('data-count')) > 0)
          .map((bar) => bar.getAttribute('data-period')),
      )
    expect(periods.length).toBeGreaterThan(0)
    expect(periods.every((p) => p !== null && p >= '2020-02-01' && p <= '2020-02-29')).toBe(true)
    await page.goto(entityUrl)
  })

  test('follows a co-occurring entity', async () => {
    const first = page.locator('.co-occurring a').first()
    await first.waitFor()
    const name = await first.textContent()
    expect(name).toBeTruthy()
    expect(name).not.toBe('习近平')
    const from = new URL(page.url()).pathname
    await Promise.all([page.waitForURL((url) => url.pathname !== from), first.click()])
    await expect(page.locator('h1').textContent()).resolves.toBe(name)
    expect(await page.locator('.article-list__item').count()).toBeGreaterThan(0)
    await screenshot(page, shots, '05-co-occurring')
    expect(await seriousViolations(page)).toEqual([])
  })

  test('opens /playground and runs a query', async () => {
    await page.goto(`${system.webUrl}/playground`)
    const run = page.locator('.graphiql-execute-button')
    await run.waitFor({ timeout: 60_000 })
    // The first tab is the example search for 复工复产; the response lands in the result editor.
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor()
    await run.click()
    const result = page.locator('.result-window')
    await expect
      .poll(async () => (await result.textContent()) ?? '', { timeout: 30_000 })
      .toMatch(/"totalCount":\s*[1-9]/)
    await screenshot(page, shots, '06-playground')
    expect(await seriousViolations(page)).toEqual([])
    // Every script the reader's pages and the playground ran carried the nonce or came from this origin.
    expect(blocked).toEqual([])
  })
})

describe('browsing', () => {
  test('an issue lists its pages in order with their articles, kinds marked', async () => {
    const response = await page.goto(`${system.webUrl}/issues/2020-02-03`)
    expect(response?.status()).toBe(200)
    const pages = await page.locator('.issue-page h2').allTextContents()
    expect(pages.length).toBeGreaterThan(1)
    expect(pages[0]).toContain('第1版')
    expect(await page.locator('.issue-page .article-list__item').count()).toBeGreaterThan(pages.length)
    await screenshot(page, shots, '07-issue')
    expect(await seriousViolations(page)).toEqual([])
  })

  test('an article reads on a phone without sideways scrolling', async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      isMobile: true,
    })
    const small = await phone.newPage()
    await small.goto(articleUrl)
    await expect(small.locator('h1').textContent()).resolves.toBe('抗疫情抓生产 筑堡垒当先锋')
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await screenshot(small, shots, '08-article-phone')
    await phone.close()
  })
})

describe('an article read from a page PDF', () => {
  test('links to its page of the PDF, which the web app serves', async () => {
    const article = await system.database.prisma.article.findFirstOrThrow({
      where: { sourceFormat: 'PDF', title: '长沙五项措施提升空气质量' },
      select: { publicId: true },
    })
    const found = await page.goto(`${system.webUrl}/articles/${article.publicId}`)
    expect(found?.status()).toBe(200)
    const link = page.getByTestId('source-pdf')
    await expect(link.textContent()).resolves.toContain('原版 PDF 第 1 页')
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\/pdf\/[0-9a-f]{64}\.pdf#page=1$/u)
    const pdf = await page.request.get(`${system.webUrl}${href!.replace(/#.*$/u, '')}`)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    await screenshot(page, shots, '09-pdf-article')
    expect(await seriousViolations(page)).toEqual([])
  })
})

describe('an article’s address', () => {
  // 国家主席习近平发表二〇二〇年新年贺词 was printed on page 1 (item 2) and again on page 3 (item 4) of 2020-01-01.
  test('is its public id, and the page lists every printing of a story printed twice', async () => {
    const response = await page.goto(`${system.webUrl}/articles/rmrb-20200101-01-02`)
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1').textContent()).resolves.toBe('国家主席习近平发表二〇二〇年新年贺词')
    const printed = (await page.locator('.placements').textContent())?.replace(/\s+/g, '')
    expect(printed).toMatch(/第1版.*第3版（重刊reprinted）/)
  })

  test('the reprint’s own id and an id of before (base64 of the row number) redirect to it', async () => {
    const row = await system.database.prisma.article.findUniqueOrThrow({
      where: { publicId: 'rmrb-20200101-01-02' },
      select: { id: true },
    })
    for (const old of [
      'rmrb-20200101-03-04',
      encodeURIComponent(Buffer.from(`Article:${row.id}`).toString('base64')),
    ]) {
      const response = await page.goto(`${system.webUrl}/articles/${old}`)
      expect(response?.status()).toBe(200)
      expect(response?.request().redirectedFrom()?.url()).toBe(`${system.webUrl}/articles/${old}`)
      expect(new URL(page.url()).pathname).toBe('/articles/rmrb-20200101-01-02')
    }
  })

  test('a story that opens with a dateline shows it set apart from its first sentence, and its byline', async () => {
    // 20200101-01-01.txt: `新华社北京12月31日电 （记者邹伟、王思北）2020年新年戏曲晚会31日晚…`
    await page.goto(`${system.webUrl}/articles/rmrb-20200101-01-01`)
    const lead = page.locator('.article__body p').first()
    await expect(lead.locator('.lead-dateline').textContent()).resolves.toMatch(/^新华社北京12月31日电/)
    const text = (await lead.textContent()) ?? ''
    const dateline = (await lead.locator('.lead-dateline').textContent()) ?? ''
    expect(text.slice(dateline.length)).toMatch(/^\s*(（记者邹伟、王思北）)?2020年新年戏曲晚会/)
    await expect(page.locator('.article__meta .byline').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('邹伟')]),
    )
  })
})

describe('unknown ids', () => {
  test.each([
    ['an article', '/articles/QXJ0aWNsZTo5OTk5OTk5'],
    ['a public id no article has', '/articles/rmrb-19000101-01-01'],
    ['a malformed article id', '/articles/not-an-id'],
    ['an entity', '/entities/RW50aXR5Ojk5OTk5OTk%3D'],
    ['an issue', '/issues/1900-01-01'],
    ['a date that is no date', '/issues/2020-02-31'],
  ])('answer 404 for %s', async (_what, url) => {
    const response = await page.goto(`${system.webUrl}${url}`)
    expect(response?.status()).toBe(404)
    await expect(page.locator('h1').textContent()).resolves.toContain('找不到')
  })
})
