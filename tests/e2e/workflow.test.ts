import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import { startSite, type RunningSite } from '../helpers/server'

/**
 * The publish workflow in the admin, in Chromium: an editor drafts and submits a notice, the
 * reviewer approves 初审, the administrator approves 终审 and publishes; the public API then
 * returns it; the withdrawn notice carries its explanation.
 */
let site: RunningSite
let browser: Browser
let columnName: string

async function apiToken(email: string) {
  const response = await fetch(`${site.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: site.password }),
  })
  return ((await response.json()) as { token: string }).token
}

beforeAll(async () => {
  site = await startSite()
  browser = await launchBrowser()
  // The demo seed may not hold columns yet: make one for the notice.
  columnName = `审核流程测试栏目${Date.now() % 10000}`
  const token = await apiToken('admin@example.com')
  const response = await fetch(`${site.url}/api/columns`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ name: columnName, slug: `wf-e2e-${Date.now() % 10000}`, kind: 'notices' }),
  })
  expect(response.status).toBe(201)
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

async function signedIn(email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto(`${site.url}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', site.password)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
  return page
}

async function pickRelationship(page: Page, field: string, text: string) {
  await page.click(`#field-${field} .rs__control`)
  await page.keyboard.type(text.slice(0, 4))
  await page.click(`.rs__option:has-text("${text}")`, { timeout: 30_000 })
}

/**
 * Another user's edit lock (Payload's document locking) does not stop a reviewer: the lock
 * notice may appear at any moment after the view loads; review read-only and try again.
 */
async function throughLock(page: Page, step: () => Promise<unknown>) {
  for (let attempt = 0; ; attempt++) {
    const button = page.locator('#document-locked-view-read-only')
    if (await button.isVisible().catch(() => false)) await button.click()
    try {
      await step()
      return
    } catch (error) {
      if (attempt >= 3) throw error
    }
  }
}

/** Runs a workflow action from the panel; a refused action fails with the server's answer, not a timeout. */
async function workflowAction(page: Page, action: string, expectedState: string) {
  const answer = page.waitForResponse((response) => response.url().endsWith(`/workflow/${action}`), {
    timeout: 60_000,
  })
  await throughLock(page, () => page.click(`[data-workflow-action="${action}"]`, { timeout: 10_000 }))
  const response = await answer
  expect({ status: response.status(), body: response.ok() ? null : await response.text() }).toEqual({
    status: 200,
    body: null,
  })
  await page.waitForSelector(`[data-workflow-state="${expectedState}"]`, { timeout: 60_000 })
}

it('walks a notice from draft to published and withdrawn through the admin', async () => {
  const title = `关于开展冬季消防安全检查的通知（${Date.now() % 100000}）`

  // 编辑: draft and submit
  const editor = await signedIn('editor@example.com')
  await editor.goto(`${site.url}/admin/collections/notices/create`)
  await editor.fill('#field-title', title)
  await pickRelationship(editor, 'primaryColumn', columnName)
  await pickRelationship(editor, 'department', '示范区发展和改革局')
  await editor.click('#action-save-draft')
  await editor.waitForURL(/\/admin\/collections\/notices\/\d+/, { timeout: 60_000 })
  const id = /notices\/(\d+)/.exec(editor.url())![1]
  await editor.waitForSelector('[data-workflow-state="draft"]', { timeout: 30_000 })
  expect(await editor.locator('#action-publish').count()).toBe(0) // no direct publish button
  await workflowAction(editor, 'submit', 'in-review')
  expect(await editor.locator('[data-workflow-action="approve"]').count()).toBe(0)
  // A correction while in review saves fine and keeps the item at step 1 (初审).
  await editor.fill('#field-title', `${title}（修订）`)
  await editor.click('#action-save-draft')
  await editor.waitForSelector('.payload-toast-item:not(.toast-error)', { timeout: 30_000 })
  expect(await editor.locator('.toast-error').count()).toBe(0)
  if (process.env.WORKFLOW_SCREENSHOTS) await editor.screenshot({ path: '/tmp/workflow-editor.png', fullPage: true })
  // Leaving the edit view releases the editor's document lock; nothing awaits the editor.
  await editor.goto(`${site.url}/admin/review-queue`)
  await editor.waitForSelector('.workflow-queue__empty', { timeout: 60_000 })

  // 审核: the review queue lists it; approve 初审
  const reviewer = await signedIn('reviewer@example.com')
  await reviewer.goto(`${site.url}/admin/review-queue`)
  await reviewer.click(`[data-queue-item="notices:${id}"] a`)
  await reviewer.waitForSelector('[data-workflow-state="in-review"]', { timeout: 60_000 })
  const approval = reviewer.waitForResponse((response) => response.url().endsWith(`/notices/${id}/workflow/approve`), {
    timeout: 60_000,
  })
  await throughLock(reviewer, async () => {
    await reviewer.fill('textarea[name="workflow-comment"]', '初审同意', { timeout: 10_000 })
    await reviewer.click('[data-workflow-action="approve"]', { timeout: 10_000 })
  })
  const approved = await approval
  expect({ status: approved.status(), body: approved.ok() ? null : await approved.text() }).toEqual({
    status: 200,
    body: null,
  })
  // The view reloads at the next step (the reviewer may not read the history: the audit log's access).
  await reviewer.waitForSelector('[data-workflow-step="final-review"]', { timeout: 60_000 })

  // 管理员: approve 终审, then publish
  const admin = await signedIn('admin@example.com')
  await admin.goto(`${site.url}/admin/collections/notices/${id}`)
  await admin.waitForSelector('[data-workflow-action="approve"]', { timeout: 60_000 })
  // The admin reads the history, with the first reviewer's comment.
  await admin.waitForSelector('.workflow-panel li:has-text("初审同意")', { timeout: 30_000 })
  await workflowAction(admin, 'approve', 'approved')
  if (process.env.WORKFLOW_SCREENSHOTS) await admin.screenshot({ path: '/tmp/workflow-admin.png', fullPage: true })
  await workflowAction(admin, 'publish', 'published')

  const published = await fetch(`${site.url}/api/notices/${id}`)
  expect(published.status).toBe(200)
  const notice = (await published.json()) as { title: string; publishedAt: string }
  expect(notice.title).toBe(`${title}（修订）`)
  expect(Date.parse(notice.publishedAt)).toBeGreaterThan(Date.now() - 10 * 60_000)

  // 撤回 with an explanation: the public API carries it for the banner
  await throughLock(admin, async () => {
    await admin.fill('textarea[name="workflow-comment"]', '通知内容已调整，请以新通知为准', { timeout: 10_000 })
    await admin.selectOption('select[name="workflow-mode"]', 'withdrawn', { timeout: 10_000 })
  })
  await workflowAction(admin, 'withdraw', 'withdrawn')
  const withdrawn = (await (await fetch(`${site.url}/api/notices/${id}`)).json()) as {
    withdrawal: { mode: string; reason: string }
  }
  expect(withdrawn.withdrawal).toMatchObject({ mode: 'withdrawn', reason: '通知内容已调整，请以新通知为准' })
}, 300_000)
