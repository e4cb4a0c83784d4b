import path from 'node:path'

import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { cellRecordsHref } from '../../plugins/annual-report/lib/cellRecords'
import type { ResolvedAnnualReportOptions } from '../../plugins/annual-report/types'
import { localDay } from '../../plugins/shared/calendar/workingDays'
import { seriousViolations } from '../helpers/axe'
import { launchBrowser } from '../helpers/browser'
import { startSite, type RunningSite } from '../helpers/server'

let site: RunningSite
let browser: Browser
const lastYear = Number(localDay(new Date(), 'Asia/Shanghai').slice(0, 4)) - 1
/** SCREENSHOTS=docs/screenshots writes the report pages there (the committed screenshots). */
const screenshots = process.env.SCREENSHOTS

beforeAll(async () => {
  site = await startSite()
  browser = await launchBrowser()
}, 240_000)
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

async function signIn(page: Page, email: string) {
  await page.goto(`${site.url}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', site.password)
  await page.click('button[type=submit]')
  await page.waitForURL((current) => !current.pathname.endsWith('/login'), { timeout: 60_000 })
}

it('shows an analyst last year’s report: green checks, the tables, charts and the downloads', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await signIn(page, 'analyst@example.com')
  await page.goto(`${site.url}/admin/annual-report?year=${lastYear}`)
  await page.waitForSelector('[data-checks]', { timeout: 60_000 })
  expect(await page.locator('h2#checks').innerText()).toContain('全部核对通过')
  expect(await page.locator('[data-checks] li[data-ok="false"]').count()).toBe(0)
  const table3 = await page.locator('table[data-table="3"]').innerText()
  expect(table3).toContain('一、本年新收政府信息公开申请数量')
  await page.waitForSelector('[aria-label="办理结果分布 Outcomes"] canvas', { timeout: 30_000 })
  if (screenshots) await page.screenshot({ path: path.join(screenshots, 'admin-annual-report.png') })

  // The generate button answers with the notices' refusal until the catalogue has the work-report type.
  await page.click('button:has-text("生成工作报告草稿")')
  await page.waitForSelector('p[role="status"]', { timeout: 30_000 })
  expect(await page.locator('p[role="status"]').innerText()).toMatch(/已生成草稿|无法生成工作报告草稿/)

  // The printable report and the website form, as a signed-in analyst opens them.
  for (const [name, url] of [
    ['annual-report', `/api/annual-report/${lastYear}.html`],
    ['website-form', `/api/annual-report/${lastYear}/website.html`],
  ]) {
    const response = await page.goto(site.url + url)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').innerText()).toContain(String(lastYear))
    if (screenshots) await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true })
  }
  await page.close()
}, 180_000)

it('shows a cell that a failed check names in red, linked to the records behind it', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await signIn(page, 'analyst@example.com')
  // API calls from inside the signed-in admin page, as its own scripts make them.
  await page.goto(`${site.url}/admin`)
  const call = (method: string, url: string, body?: unknown) =>
    page.evaluate(
      async ([method, url, body]) => {
        const response = await fetch(url as string, {
          method: method as string,
          credentials: 'include',
          headers: body ? { 'Content-Type': 'application/json' } : {},
          body: body ? JSON.stringify(body) : undefined,
        })
        return { status: response.status, json: await response.json() }
      },
      [method, url, body] as const,
    )
  const found = await call('GET', `/api/disclosure-yearly-figures?where[year][equals]=${lastYear}&depth=0`)
  expect(found.status).toBe(200)
  const figures = found.json.docs[0]
  const total = figures.reconsideration?.total ?? 0
  // An entered total that is not the sum of its results breaks table 4's check.
  const broken = await call('PATCH', `/api/disclosure-yearly-figures/${figures.id}`, {
    reconsideration: { ...figures.reconsideration, total: total + 1 },
  })
  expect(broken.status).toBe(200)
  try {
    await page.goto(`${site.url}/admin/annual-report?year=${lastYear}`)
    await page.waitForSelector('[data-checks]', { timeout: 60_000 })
    expect(await page.locator('h2#checks').innerText()).toContain('核对未通过')
    const cell = page.locator('table[data-table="4"] td.failed[data-cell="table4.reconsideration.total"]')
    expect(await cell.innerText()).toBe(String(total + 1))
    expect(await cell.evaluate((td) => getComputedStyle(td).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')
    // Only the named cell is red; the link opens the entered figures.
    expect(await page.locator('td.failed').count()).toBe(1)
    await cell.locator('a').click()
    await page.waitForURL(new RegExp(`/collections/disclosure-yearly-figures/${figures.id}`), { timeout: 60_000 })

    // A cell of table 3 links to the requests it counts: the admin list, filtered by the address.
    const report = (await call('GET', `/api/annual-report/${lastYear}`)).json
    const options = { requestsSlug: 'disclosure-requests', timeZone: 'Asia/Shanghai' } as ResolvedAnnualReportOptions
    const href = cellRecordsHref('table3.carriedForward.total', { admin: '/admin', year: lastYear }, options)!
    await page.goto(site.url + href)
    await page.waitForSelector('.collection-list', { timeout: 60_000 })
    const expected = report.table3.carriedForward.total
    expect(expected).toBeGreaterThan(0)
    expect(expected).toBeLessThanOrEqual(10)
    await page.waitForFunction(
      (count) => document.querySelectorAll('.collection-list table tbody tr').length === count,
      expected,
      { timeout: 30_000 },
    )
  } finally {
    await call('PATCH', `/api/disclosure-yearly-figures/${figures.id}`, { reconsideration: figures.reconsideration })
    await page.close()
  }
}, 180_000)

it('takes a request for disclosure online and lets the applicant follow it', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${site.url}/guide`)
  await page.click('a[href="/disclosure-requests"]')
  await page.waitForSelector('#request-submit')
  expect(await seriousViolations(page)).toEqual([])
  await page.selectOption('#request-applicant-type', 'business')
  await page.fill('#request-applicant-name', '某某科技有限公司')
  await page.fill('#request-applicant-contact', '0551-12345678')
  await page.fill('#request-subject', '2025年度本区企业扶持资金拨付明细')
  await page.click('#request-submit')
  await page.waitForSelector('#request-receipt', { timeout: 60_000 })
  const number = await page.locator('#request-receipt-number').innerText()
  const code = await page.locator('#request-receipt-code').innerText()
  expect(number).toMatch(/^YSQ-\d{4}-\d{6}$/)

  await page.click('a[href="/disclosure-requests/track"]')
  await page.waitForSelector('#request-track-submit')
  expect(await seriousViolations(page)).toEqual([])
  await page.fill('#request-track-number', number)
  await page.fill('#request-track-code', code)
  await page.click('#request-track-submit')
  await page.waitForSelector('#request-track-result', { timeout: 30_000 })
  expect(await page.locator('#request-track-state').innerText()).toBe('办理中')
  expect(await page.locator('#request-track-result').innerText()).not.toContain('某某科技')

  // A wrong code is told apart from nothing.
  await page.fill('#request-track-code', 'AAAA-BBBB-CCCC-DDDD-EEEE')
  await page.click('#request-track-submit')
  // The message is in the browser's language (this Chromium asks for English).
  await page.waitForSelector('.error-text', { timeout: 30_000 })
  expect(await page.locator('.error-text').innerText()).toMatch(
    /申请编号或查询码不正确|Wrong request number or query code/,
  )
  expect(await page.locator('#request-track-result').count()).toBe(0)
  await page.close()
}, 180_000)

it('refuses the report to a signed-out visitor', async () => {
  const response = await fetch(`${site.url}/api/annual-report/${lastYear}`)
  expect(response.status).toBe(401)
  const requests = await fetch(`${site.url}/api/disclosure-requests`)
  expect(requests.status).toBe(403)
})
