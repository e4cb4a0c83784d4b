import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import { startSite, type RunningSite } from '../helpers/server'

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

async function signIn(page: Page, email: string) {
  await page.goto(`${site.url}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', site.password)
  await page.click('button[type=submit]')
  await page.waitForURL((current) => !current.pathname.endsWith('/login'), { timeout: 60_000 })
}

it('shows an analyst the statistics view of the seeded mailboxes, with rates to one decimal', async () => {
  const page = await browser.newPage()
  await signIn(page, 'analyst@example.com')
  await page.goto(`${site.url}/admin/mailbox-statistics`)
  await page.waitForSelector('table', { timeout: 60_000 })
  const table = await page.locator('table').innerText()
  for (const name of ['书记信箱', '区长信箱', '纪委书记信箱', '合计']) expect(table).toContain(name)
  expect(table).toMatch(/\d+\.\d%/)
  expect(await page.locator('a', { hasText: '导出 CSV' }).getAttribute('href')).toContain('format=csv')
  await page.close()
}, 120_000)

it('lists the handler’s letters with their state and deadline flag', async () => {
  const page = await browser.newPage()
  await signIn(page, 'handler@example.com')
  await page.goto(`${site.url}/admin/collections/letters`)
  await page.waitForSelector('table', { timeout: 60_000 })
  const html = await page.content()
  expect(html).toMatch(/\d{4}-\d{6}/)
  expect(html).toMatch(/已办结|已转办|已受理/)
  // Open one letter: its number and the writer's personal data are there for the handler.
  await page.locator('table tbody tr a').first().click()
  await page.waitForSelector('#field-writerName', { timeout: 60_000 })
  expect(await page.inputValue('#field-number')).toMatch(/^\d{4}-\d{6}$/)
  expect(await page.inputValue('#field-writerName')).toBeTruthy()
  await page.close()
}, 120_000)
