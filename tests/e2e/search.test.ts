import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import { startSite, type RunningSite } from '../helpers/server'

/** The public search page on the production build (plugins/site-search behind /api/search). */
let site: RunningSite
let browser: Browser
let page: Page

beforeAll(async () => {
  site = await startSite()
  browser = await launchBrowser()
}, 240_000)
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

async function open(path: string) {
  page = await browser.newPage()
  await page.goto(site.url + path, { waitUntil: 'load' })
  await page.waitForSelector('#search-results', { timeout: 30_000 })
}

describe('search page', () => {
  it('highlights matches, filters by type with counts, and pages forward by cursor', async () => {
    await open('/search?q=%E9%80%9A%E7%9F%A5')
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0)
    expect(await page.locator('#search-results mark').first().textContent()).toBe('通知')
    const total = Number(await page.locator('#search-total').textContent())
    expect(total).toBeGreaterThan(20)

    const typeLink = page.locator('#search-filters a[href*="type="]').first()
    const label = (await typeLink.textContent()) ?? ''
    const count = Number(/（(\d+)）/.exec(label)?.[1])
    await typeLink.click()
    await page.waitForURL(/type=/)
    await page.waitForSelector('#search-total')
    expect(Number(await page.locator('#search-total').textContent())).toBe(count)

    await open('/search?q=%E9%80%9A%E7%9F%A5')
    const first = await page.locator('#search-results li a').allTextContents()
    await page.click('nav.pagination a[rel="next"]')
    await page.waitForURL(/cursor=/)
    // The results are fetched by the page: wait for the next page's list, not for the old one to go.
    await page.waitForFunction((previous) => {
      const link = document.querySelector('#search-results li a')
      return link !== null && link.textContent !== previous
    }, first[0])
    const second = await page.locator('#search-results li a').allTextContents()
    expect(second.length).toBeGreaterThan(0)
    expect(second.filter((title) => first.includes(title)).length).toBeLessThan(second.length)
    expect(await page.locator('nav.pagination [aria-current="page"]').textContent()).toContain('2')
  })

  it('shows a hostile query as text, never as markup', async () => {
    let dialogs = 0
    page = await browser.newPage()
    page.on('dialog', (dialog) => {
      dialogs += 1
      void dialog.dismiss()
    })
    await page.goto(`${site.url}/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>通知')}`, {
      waitUntil: 'load',
    })
    // Nothing holds all of those words: the answer is an empty list under the query, shown as text.
    await page.waitForSelector('#search-total', { timeout: 30_000 })
    expect(await page.locator('main').innerText()).toContain('<img src=x onerror=alert(1)>通知')
    expect(await page.locator('#search-results img').count()).toBe(0)
    expect(await page.locator('main img[src="x"]').count()).toBe(0)
    expect(dialogs).toBe(0)
  })
})
