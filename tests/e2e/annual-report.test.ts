import path from 'node:path'

import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { localDay } from '../../plugins/shared/calendar/workingDays'
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

it('refuses the report to a signed-out visitor', async () => {
  const response = await fetch(`${site.url}/api/annual-report/${lastYear}`)
  expect(response.status).toBe(401)
  const requests = await fetch(`${site.url}/api/disclosure-requests`)
  expect(requests.status).toBe(403)
})
