import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import { startSite, type RunningSite } from '../helpers/server'

let site: RunningSite
let browser: Browser

beforeAll(async () => {
  // The test's requests come from this machine, standing in for the site's reverse proxy.
  site = await startSite({ TRUSTED_PROXIES: '127.0.0.1,::1' })
  browser = await launchBrowser()
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

async function api(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (init.body) headers.set('Content-Type', 'application/json')
  return fetch(`${site.url}/api${path}`, { ...init, headers })
}

/** A column of our own, created by the administrator through REST. */
async function makeColumn(name: string, slug: string) {
  const login = await api('/users/login', {
    method: 'POST',
    body: JSON.stringify({ email: 'admin@example.com', password: site.password }),
  })
  const { token } = (await login.json()) as { token: string }
  const created = await api('/columns', { method: 'POST', token, body: JSON.stringify({ name, slug, kind: 'news' }) })
  expect(created.status).toBe(201)
  return ((await created.json()) as { doc: { id: number; path: string } }).doc
}

it('shows analysts the column ranking and daily trend charts, with CSV download', async () => {
  // Views recorded through the production endpoint (Next.js → Payload).
  const column = await makeColumn('点击测试栏目', 'hit-e2e')
  for (let i = 0; i < 3; i++) {
    const response = await api('/hits', {
      method: 'POST',
      body: JSON.stringify({ column: column.path }),
      headers: { 'User-Agent': `Mozilla/5.0 (X11; Linux x86_64) Chrome/124.${i}`, 'X-Forwarded-For': `10.9.9.${i}` },
    })
    expect(response.status).toBe(202)
  }
  await new Promise((resolve) => setTimeout(resolve, 1500)) // one flush interval

  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(`${site.url}/admin/login`)
  await page.fill('#field-email', 'analyst@example.com')
  await page.fill('#field-password', site.password)
  await page.click('button[type=submit]')
  await page.waitForURL((current) => !current.pathname.endsWith('/login'), { timeout: 60_000 })
  // The navigation links to the view.
  await page.waitForSelector('#nav-hit-analytics', { state: 'attached', timeout: 60_000 })
  const href = await page.getAttribute('#nav-hit-analytics', 'href')
  expect(href).toBe('/admin/hit-analytics')
  await page.goto(`${site.url}${href}`)
  await page.waitForSelector('.hit-analytics[data-status="ready"]', { timeout: 60_000 })
  await expect(page.locator('h1').first().textContent()).resolves.toContain('栏目点击统计')
  // echarts drew both charts (canvas), and the ranking lists our column.
  await page.waitForSelector('#hit-ranking-chart canvas')
  await page.waitForSelector('#hit-trend-chart canvas')
  await expect(page.locator('.hit-analytics fieldset').textContent()).resolves.toContain('点击测试栏目')
  const csvHref = await page.getAttribute('#hit-csv-ranking', 'href')
  const csv = await page.evaluate(async (href) => (await fetch(href!, { credentials: 'include' })).text(), csvHref)
  expect(csv).toContain('排名')
  expect(csv).toMatch(/点击测试栏目,hit-e2e,3,/)
  await page.close()
}, 180_000)

it('does not show the view to an editor', async () => {
  const page = await browser.newPage()
  await page.goto(`${site.url}/admin/login`)
  await page.fill('#field-email', 'editor@example.com')
  await page.fill('#field-password', site.password)
  await page.click('button[type=submit]')
  await page.waitForURL((current) => !current.pathname.endsWith('/login'), { timeout: 60_000 })
  await page.goto(`${site.url}/admin/hit-analytics`)
  await page.waitForSelector('h1', { timeout: 60_000 })
  expect(await page.content()).toContain('仅统计人员和管理员可以查看')
  expect(await page.locator('#nav-hit-analytics').count()).toBe(0)
  await page.close()
}, 120_000)

it('writes the hits it accepted before exiting on SIGTERM (npm start: server.mjs)', async () => {
  const column = await makeColumn('关停测试栏目', 'hit-e2e-stop')
  const statuses = await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      const response = await api('/hits', {
        method: 'POST',
        body: JSON.stringify({ column: column.id }),
        headers: { 'User-Agent': `Mozilla/5.0 (X11; Linux x86_64) Firefox/12${i}.0`, 'X-Forwarded-For': `10.8.8.${i}` },
      })
      return response.status
    }),
  )
  expect(statuses.every((status) => status === 202)).toBe(true)
  // No pause: most of these are still in the buffer when the signal arrives.
  const code = await site.stop('SIGTERM')
  expect(code).toBe(0)
  const pattern = /\[hit counter\] stopped, (\d+) hits accepted, (\d+) written/
  expect(site.output().slice(-4000)).toMatch(pattern)
  const match = site.output().match(pattern)
  expect(Number(match![1])).toBeGreaterThanOrEqual(20)
  expect(match![2]).toBe(match![1])
}, 120_000)
