import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import { startSite, type RunningSite } from '../helpers/server'

let site: RunningSite
let browser: Browser

beforeAll(async () => {
  site = await startSite()
  browser = await launchBrowser()
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

export async function signIn(page: Page, url: string, email: string, password: string) {
  await page.goto(`${url}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type=submit]')
  await page.waitForURL((current) => !current.pathname.endsWith('/login'), { timeout: 60_000 })
}

it('signs in with a seeded demo account, in Chinese, and opens a collection', async () => {
  const page = await browser.newPage()
  await page.goto(`${site.url}/admin/login`)
  // The configured site name stands on the sign-in page.
  await expect(page.locator('.gongkai-logo').textContent()).resolves.toContain('示范区人民政府')
  await signIn(page, site.url, 'admin@example.com', site.password)
  await page.goto(`${site.url}/admin/collections/departments`)
  await page.waitForSelector('table', { timeout: 60_000 })
  const html = await page.content()
  expect(html).toContain('部门')
  expect(html).toContain('示范区发展和改革局')
  expect(await page.getAttribute('html', 'lang')).toBe('zh')
  await page.close()
}, 120_000)

it('refuses a wrong password', async () => {
  const page = await browser.newPage()
  await page.goto(`${site.url}/admin/login`)
  await page.fill('#field-email', 'editor@example.com')
  await page.fill('#field-password', 'wrong-password')
  // Wait for the answer itself and the error shown for it: a fixed pause would also pass if
  // the button did nothing at all.
  const [answer] = await Promise.all([
    page.waitForResponse((response) => response.url().includes('/api/users/login')),
    page.click('button[type=submit]'),
  ])
  expect(answer.status()).toBe(401)
  await page.locator('[data-sonner-toast][data-type="error"]').first().waitFor({ timeout: 15_000 })
  expect(new URL(page.url()).pathname).toBe('/admin/login')
  await page.close()
}, 60_000)
