import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import { startSite, type RunningSite } from '../helpers/server'

/** Issue 15: footer marks and 2017 page tags on every page template, in Chromium on `npm start`. */
let site: RunningSite
let browser: Browser

beforeAll(async () => {
  site = await startSite()
  browser = await launchBrowser()
}, 240_000)
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

async function pageAt(path: string) {
  const page = await browser.newPage()
  const failed: string[] = []
  page.on('response', (response) => {
    if (response.status() === 404 && /favicon|icon/.test(response.url())) failed.push(response.url())
  })
  const response = await page.goto(site.url + path, { waitUntil: 'load' })
  expect(response?.status()).toBe(200)
  const meta = async (name: string) =>
    (await page.locator(`meta[name="${name}"]`).count()) ? page.getAttribute(`meta[name="${name}"]`, 'content') : null
  return { page, meta, failed }
}

describe('site marks and page tags', () => {
  it('every template has the footer marks, the site tags, a description and a favicon', async () => {
    const home = await pageAt('/')
    const column = await home.page.locator('nav.site-nav a[href^="/columns/"]').first().getAttribute('href')
    const columnPage = await pageAt(column!)
    const item = await columnPage.page.locator('main a[href^="/notices/"]').first().getAttribute('href')
    const firstLink = async (prefix: string) =>
      (await home.page.locator(`a[href^="${prefix}"]`).count())
        ? home.page.locator(`a[href^="${prefix}"]`).first().getAttribute('href')
        : null
    const gazette = await firstLink('/gazette/')
    const mailbox = await firstLink('/mailboxes/')
    expect(gazette).toBeTruthy()
    expect(mailbox).toBeTruthy()
    const paths = ['/', column!, item!, gazette!, mailbox!, '/guide', '/search?q=通知']
    for (const path of paths) {
      const { page, meta, failed } = path === '/' ? home : path === column ? columnPage : await pageAt(path)
      const footer = page.locator('footer[data-site-marks]')
      expect(await footer.locator('[data-mark="site-id-code"]').textContent()).toBe('0000000000')
      for (const mark of ['sponsor', 'contact', 'icp', 'public-security', 'party-gov-mark', 'error-report'])
        expect(await footer.locator(`[data-mark="${mark}"]`).count()).toBe(1)
      expect(await footer.locator('[data-mark="error-report"]').getAttribute('href')).toMatch(/^https:\/\//)
      expect(await meta('SiteName')).toBeTruthy()
      expect(await meta('SiteIDCode')).toBe('0000000000')
      expect(await meta('SiteDomain')).not.toBeNull()
      expect((await meta('description'))?.length).toBeGreaterThan(4)
      expect(await page.locator('link[rel="icon"]').count()).toBeGreaterThan(0)
      expect(failed).toEqual([])
      await page.close()
    }
  })

  it('column pages carry the column tags; item pages the article tags', async () => {
    const home = await pageAt('/')
    const column = await home.page.locator('nav.site-nav a[href^="/columns/"]').first().getAttribute('href')
    const columnPage = await pageAt(column!)
    expect(await columnPage.meta('ColumnName')).toBeTruthy()
    expect(await columnPage.meta('ColumnType')).toBeTruthy()
    const item = await columnPage.page.locator('main a[href^="/notices/"]').first().getAttribute('href')
    const itemPage = await pageAt(item!)
    const title = (await itemPage.page.locator('h1').first().textContent())?.trim()
    expect(await itemPage.meta('ArticleTitle')).toBe(title)
    expect(await itemPage.meta('PubDate')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(await itemPage.meta('ContentSource')).toBeTruthy()
    expect(await itemPage.meta('Description')).toBeTruthy()
    expect(await itemPage.meta('Url')).toBe(item)
    expect(await itemPage.meta('ColumnName')).toBeTruthy()
  })
})
