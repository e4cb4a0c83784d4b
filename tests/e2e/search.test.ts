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

const notice = encodeURIComponent('通知')

async function open(path: string) {
  page = await browser.newPage()
  await page.goto(site.url + path, { waitUntil: 'load' })
  await page.waitForSelector('#search-results', { timeout: 30_000 })
}

const total = async () => Number(await page.locator('#search-total').textContent())

/** The options of a filter that carry a count, as [value, count]. */
async function counted(name: string): Promise<[string, number][]> {
  const options = await page
    .locator(`#search-filter-${name} option`)
    .evaluateAll((list) =>
      list.map((option) => [(option as HTMLOptionElement).value, option.textContent ?? ''] as const),
    )
  return options
    .filter(([value]) => value)
    .map(([value, label]) => [value, Number(/（(\d+)）$/.exec(label)?.[1] ?? NaN)] as [string, number])
    .filter(([, count]) => !Number.isNaN(count))
}

/** Submits the form (a plain GET) and waits for the new result's counts. */
async function submit() {
  await Promise.all([page.waitForURL(/\?/), page.click('#search-filter-submit')])
  await page.waitForSelector('#search-total', { timeout: 30_000 })
  await page.waitForSelector('#search-filter-department option >> text=/（\\d+）/', { state: 'attached' })
}

describe('search page', () => {
  it('highlights matches and narrows by department, year, type and document number with counts', async () => {
    await open(`/search?q=${notice}`)
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0)
    expect(await page.locator('#search-results mark').first().textContent()).toBe('通知')
    const all = await total()
    expect(all).toBeGreaterThan(20)

    // Department names (not ids) with the counts of the current query.
    const departments = await counted('department')
    expect(departments.length).toBeGreaterThan(1)
    const label = await page.locator(`#search-filter-department option[value="${departments[0][0]}"]`).textContent()
    expect(label).toMatch(/^[^\d（]+（\d+）$/)
    expect(departments.reduce((sum, [, count]) => sum + count, 0)).toBeLessThanOrEqual(all)
    const [department, departmentCount] = departments[0]
    expect(departmentCount).toBeLessThan(all)
    await page.selectOption('#search-filter-department', department)
    await submit()
    expect(page.url()).toContain(`department=${department}`)
    expect(await total()).toBe(departmentCount)
    // The form keeps the choice; the other facets now count within it.
    expect(await page.inputValue('#search-filter-department')).toBe(department)
    const years = await counted('year')
    expect(years.reduce((sum, [, count]) => sum + count, 0)).toBe(departmentCount)

    const [year, yearCount] = years[years.length - 1]
    await page.selectOption('#search-filter-year', year)
    await submit()
    expect(await total()).toBe(yearCount)
    for (const date of await page.locator('#search-results time').allTextContents()) expect(date).toContain(year)

    // Type and document number: the normative documents' numbers, by their year bracket.
    await open(`/search?q=${encodeURIComponent('示范区')}&type=normative`)
    const numbers = (await page.locator('#search-results .search-docnum').allTextContents()).filter((t) =>
      t.includes('〔'),
    )
    expect(numbers.length).toBeGreaterThan(0)
    const bracket = /〔\d{4}〕/.exec(numbers[0])![0]
    const before = await total()
    await page.fill('#search-filter-documentNumber', bracket.replace('〔', '[').replace('〕', ']'))
    await submit()
    const after = await total()
    expect(after).toBeGreaterThan(0)
    expect(after).toBeLessThanOrEqual(before)
    const shown = await page.locator('#search-results .search-docnum').allTextContents()
    expect(shown.length).toBeGreaterThan(0)
    for (const text of shown) expect(text).toContain(bracket)

    // A date range with nothing in it: a clear message, zero counted.
    await page.fill('#search-filter-from', '2001-01-01')
    await page.fill('#search-filter-to', '2001-01-31')
    await Promise.all([page.waitForURL(/from=2001/), page.click('#search-filter-submit')])
    await page.waitForSelector('#search-empty', { timeout: 30_000 })
    expect(await total()).toBe(0)
  }, 120_000)

  it('works without JavaScript: a plain GET form with the catalogue names, results rendered by the server', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const bare = await context.newPage()
    await bare.goto(`${site.url}/search`, { waitUntil: 'load' })
    expect(await bare.getAttribute('#search-form', 'method')).toBe('get')
    expect(await bare.locator('#search-filter-department option').count()).toBeGreaterThan(2)
    expect(await bare.locator('#search-filter-column option').count()).toBeGreaterThan(2)
    expect(await bare.locator('#search-filter-validity option').allTextContents()).toEqual(
      expect.arrayContaining(['有效', '已废止']),
    )
    await bare.fill('#search-q', '通知')
    await bare.selectOption('#search-filter-validity', 'in-force')
    await Promise.all([bare.waitForURL(/validity=in-force/), bare.click('#search-filter-submit')])
    expect(new URL(bare.url()).searchParams.get('q')).toBe('通知')
    // The first answer comes with the page: results, counts beside the values, the choice kept.
    const found = Number(await bare.locator('#search-total').textContent())
    expect(found).toBeGreaterThan(0)
    expect(await bare.locator('#search-results li').count()).toBe(Math.min(20, found))
    expect(await bare.locator('#search-results mark').first().textContent()).toBe('通知')
    expect(await bare.inputValue('#search-filter-validity')).toBe('in-force')
    expect(await bare.locator('#search-filter-validity option:checked').textContent()).toBe(`有效（${found}）`)
    if (found > 20) {
      await Promise.all([bare.waitForURL(/cursor=/), bare.click('nav.pagination a[rel="next"]')])
      expect(await bare.locator('nav.pagination [aria-current="page"]').textContent()).toContain('2')
      expect(await bare.locator('#search-results li').count()).toBeGreaterThan(0)
    }
    await context.close()
  }, 60_000)

  it('pages forward by cursor without repeats', async () => {
    await open(`/search?q=${notice}&sort=date`)
    const seen = new Set<string>()
    for (let pageNumber = 1; pageNumber <= 4; pageNumber += 1) {
      expect(await page.locator('nav.pagination [aria-current="page"]').textContent()).toContain(String(pageNumber))
      const links = await page
        .locator('#search-results li > span > a')
        .evaluateAll((list) => list.map((link) => link.getAttribute('href') ?? ''))
      expect(links.length).toBe(20)
      for (const link of links) {
        expect(seen.has(link)).toBe(false)
        seen.add(link)
      }
      const first = links[0]
      await page.click('nav.pagination a[rel="next"]')
      await page.waitForURL(new RegExp(`n=${pageNumber + 1}`))
      // The results are fetched by the page: wait for the next page's list, not for the old one to go.
      await page.waitForFunction((previous) => {
        const link = document.querySelector('#search-results li > span > a')
        return link !== null && link.getAttribute('href') !== previous
      }, first)
    }
    expect(seen.size).toBe(80)
  }, 120_000)

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
    expect(await page.inputValue('#search-q')).toBe('<img src=x onerror=alert(1)>通知')
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(await page.locator('#search-results img').count()).toBe(0)
    await page.waitForTimeout(500)
    expect(dialogs).toBe(0)
  })

  it('shows analysts the query statistics of the period in the hit-analytics view', async () => {
    const lost = '量子纠缠通信试点'
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(`${site.url}/api/search?q=${encodeURIComponent(lost)}`)
      expect(response.status).toBe(200)
    }
    page = await browser.newPage()
    await page.goto(`${site.url}/admin/login`)
    await page.fill('#field-email', 'analyst@example.com')
    await page.fill('#field-password', site.password)
    await page.click('button[type=submit]')
    await page.waitForURL((current) => !current.pathname.endsWith('/login'), { timeout: 60_000 })
    // Statistics are written every 5 s: wait until the endpoint counts the searches (polled from
    // here: waitForFunction would take the predicate's promise itself as a truthy answer).
    const counted = async () =>
      page.evaluate(async (query) => {
        const response = await fetch('/api/search/statistics', { credentials: 'include' })
        const body = (await response.json()) as { topZeroResults?: { query: string; zeroResults: number }[] }
        return body.topZeroResults?.some((row) => row.query === query && row.zeroResults >= 3) ?? false
      }, lost)
    for (let tries = 0; !(await counted()); tries += 1) {
      expect(tries).toBeLessThan(30)
      await page.waitForTimeout(1000)
    }
    await page.goto(`${site.url}/admin/hit-analytics`)
    await page.waitForSelector('#search-stats[data-status="ready"]', { timeout: 60_000 })
    expect(await page.locator('#search-stats h2').textContent()).toBe('站内检索词统计')
    expect(Number(await page.locator('#search-stats-total').textContent())).toBeGreaterThanOrEqual(3)
    expect(Number(await page.locator('#search-stats-zero').textContent())).toBeGreaterThanOrEqual(3)
    const row = page.locator('#search-stats-top-zero tr', { hasText: lost })
    expect(await row.locator('td').allTextContents()).toEqual([
      lost,
      expect.stringMatching(/^\d+$/),
      expect.stringMatching(/^\d+$/),
    ])
    // The panel follows the view's period: a period before the site existed has no searches.
    await page.fill('#hit-from', '2001-01-01')
    await page.fill('#hit-to', '2001-01-31')
    await page.waitForFunction(() => document.querySelector('#search-stats-total')?.textContent === '0', undefined, {
      timeout: 30_000,
    })
    await page.close()
  }, 180_000)
})
