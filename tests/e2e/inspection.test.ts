import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import { startSite, type RunningSite } from '../helpers/server'

/** Issue 15 in Chromium on `npm start`: the inspection dashboard and the edit view's word check. */
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

async function signedIn(email: string): Promise<Page> {
  const page = await browser.newPage()
  await page.goto(`${site.url}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', site.password)
  await page.click('button[type=submit]')
  await page.waitForURL((current) => !current.pathname.endsWith('/login'), { timeout: 60_000 })
  return page
}

async function adminToken(): Promise<string> {
  const response = await fetch(`${site.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.com', password: site.password }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

describe('the inspection dashboard', () => {
  it('shows a red veto rule whose offending column links to its edit view, and charts stored days', async () => {
    // Five new leaf columns with nothing published: 空白栏目 5 个及以上 (veto) turns red.
    const token = await adminToken()
    const names: string[] = []
    for (let i = 1; i <= 5; i++) {
      const name = `自查空白栏目${i}`
      const created = await fetch(`${site.url}/api/columns`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ name, slug: `e2e-empty-${i}`, kind: 'notices' }),
      })
      expect(created.status).toBe(201)
      names.push(name)
    }

    // An admin stores today's result, so the history charts have a day to show.
    const admin = await signedIn('admin@example.com')
    await admin.goto(`${site.url}/admin/inspection`)
    await admin.locator('[data-run-inspection]').click()
    await admin.waitForURL(`${site.url}/admin/inspection`)
    await admin.locator('[data-chart="empty-columns"] canvas').waitFor({ timeout: 60_000 })
    await admin.close()

    const analyst = await signedIn('analyst@example.com')
    await analyst.waitForSelector('#nav-inspection', { state: 'attached', timeout: 60_000 })
    expect(await analyst.getAttribute('#nav-inspection', 'href')).toBe('/admin/inspection')
    await analyst.goto(`${site.url}/admin/inspection`)
    const row = analyst.locator('tr[data-rule="empty-columns"]')
    expect(await row.getAttribute('data-status')).toBe('red')
    expect(await row.locator('[data-level]').getAttribute('data-level')).toBe('veto')
    const link = row.locator('a', { hasText: names[0] })
    expect(await link.count()).toBe(1)
    await link.click()
    await analyst.waitForURL(/\/admin\/collections\/columns\/\d+$/, { timeout: 60_000 })
    await expect(analyst.locator('#field-name').inputValue()).resolves.toBe(names[0])
    await analyst.close()

    // Editors do not see it.
    const editor = await signedIn('editor@example.com')
    await editor.goto(`${site.url}/admin/inspection`)
    await editor.waitForSelector('h1', { timeout: 60_000 })
    expect(await editor.content()).toContain('仅统计人员和管理员可以查看')
    expect(await editor.locator('#nav-inspection').count()).toBe(0)
    await editor.close()
  }, 240_000)
})

describe('the word check in the edit view', () => {
  it('lists a wrong word typed into the title and replaces it in one click', async () => {
    const page = await signedIn('editor@example.com')
    await page.goto(`${site.url}/admin/collections/notices/create`)
    const title = page.locator('#field-title')
    await title.waitFor({ timeout: 60_000 })
    await title.fill('关于深入开展扫黑险恶专项斗争的通知')
    const match = page.locator('[data-word-check] [data-word-match="扫黑险恶"]')
    await match.waitFor({ timeout: 30_000 })
    expect(await match.locator('mark').textContent()).toBe('扫黑险恶')
    await match.locator('[data-replace="扫黑险恶"]').click()
    await expect(title.inputValue()).resolves.toBe('关于深入开展扫黑除恶专项斗争的通知')
    await page.locator('[data-word-check-clean]').waitFor({ timeout: 30_000 })
    await page.close()
  }, 180_000)

  it('replaces a wrong word in the rich-text body through its editor', async () => {
    const page = await signedIn('editor@example.com')
    await page.goto(`${site.url}/admin/collections/notices/create`)
    const body = page.locator('.rich-text-lexical [contenteditable="true"]').first()
    await body.waitFor({ timeout: 60_000 })
    await body.click()
    await page.keyboard.type('各单位要持续推进扫黑险恶常态化工作。')
    const match = page.locator('[data-word-check] [data-word-match="扫黑险恶"]')
    await match.waitFor({ timeout: 30_000 })
    await match.locator('[data-replace="扫黑险恶"]').click()
    await expect(body.textContent()).resolves.toBe('各单位要持续推进扫黑除恶常态化工作。')
    await page.locator('[data-word-check-clean]').waitFor({ timeout: 30_000 })
    await page.close()
  }, 180_000)
})
