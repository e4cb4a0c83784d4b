import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startSite, type RunningSite } from '../helpers/server'
import { siteApi, type SiteApi } from '../helpers/siteApi'

/**
 * Scheduled publishing on the production server, as `npm start` runs it (server.mjs, SQLite,
 * JOBS_AUTORUN left at its default): nobody calls a runner by hand. A notice scheduled over
 * HTTP goes public by itself, on the API and on its column page, and a scheduled unpublish
 * takes it down; each happens once (one audit entry each).
 */
let site: RunningSite
let api: SiteApi
let columnPath: string
let columnId: number | string
let department: number | string

/** How late a scheduled change may land: the runner ticks every few seconds; 60 s is the promise. */
const promise = 60_000

beforeAll(async () => {
  // LOG_LEVEL unset, as a bare `npm start` runs: Payload's pretty log lines.
  site = await startSite({ LOG_LEVEL: '' })
  api = siteApi(site.url, site.password)
  const editor = await api.token('editor@example.com')
  const { body: list } = await api.call('GET', '/notices?limit=1&depth=1&where[_status][equals]=published', editor)
  const published = list.docs[0]
  columnId = published.primaryColumn.id
  columnPath = published.primaryColumn.path
  department = published.department.id
}, 400_000)
afterAll(async () => site?.stop())

const approvedNotice = (title: string) =>
  api.approvedNotice({ title, type: 'notification', primaryColumn: columnId, department })

async function waitFor(what: string, check: () => Promise<boolean>, until: number) {
  for (;;) {
    if (await check()) return Date.now()
    if (Date.now() > until) throw new Error(`${what} did not happen in time\n${site.output().slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

const publicStatus = async (id: number) => (await fetch(`${site.url}/api/notices/${id}?depth=0`)).status
const columnShows = async (title: string) =>
  (await (await fetch(`${site.url}/columns/${columnPath}`)).text()).includes(title)

async function auditActions(id: number) {
  const admin = await api.token('admin@example.com')
  const { body } = await api.call(
    'GET',
    `/workflow-audit-log?limit=100&depth=0&where[item][equals]=${id}&sort=at`,
    admin,
  )
  return (body.docs as { action: string }[]).map((entry) => entry.action)
}

describe('scheduled publishing on npm start', () => {
  it('publishes and unpublishes at the scheduled times, once each, on the API and the column page', async () => {
    const title = `定时发布端到端${Date.now().toString(36)}`
    const id = await approvedNotice(title)
    // The column page is cached before the publish: the schedule must drop it.
    expect(await columnShows(title)).toBe(false)

    const publishAt = new Date(Date.now() + 5_000)
    const admin = await api.token('admin@example.com')
    const scheduled = await api.call('POST', `/notices/${id}/workflow/publish`, admin, { at: publishAt.toISOString() })
    expect(scheduled.status).toBe(200)
    expect(await publicStatus(id)).not.toBe(200)

    await waitFor(
      'scheduled publish (API)',
      async () => (await publicStatus(id)) === 200,
      publishAt.getTime() + promise,
    )
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime())
    await waitFor('scheduled publish (column page)', () => columnShows(title), publishAt.getTime() + promise)

    const unpublishAt = new Date(Date.now() + 5_000)
    const unscheduled = await api.call('POST', `/notices/${id}/workflow/unpublish`, admin, {
      at: unpublishAt.toISOString(),
    })
    expect(unscheduled.status).toBe(200)
    expect(await publicStatus(id)).toBe(200)
    await waitFor(
      'scheduled unpublish (API)',
      async () => (await publicStatus(id)) !== 200,
      unpublishAt.getTime() + promise,
    )
    await waitFor(
      'scheduled unpublish (column page)',
      async () => !(await columnShows(title)),
      unpublishAt.getTime() + promise,
    )

    // Two more runner ticks: nothing runs twice.
    await new Promise((resolve) => setTimeout(resolve, 12_000))
    const actions = await auditActions(id)
    expect(actions.filter((action) => action === 'scheduled-publish')).toHaveLength(1)
    expect(actions.filter((action) => action === 'scheduled-unpublish')).toHaveLength(1)
  }, 240_000)
})

describe('the log of a public site', () => {
  it('has no ERROR line for visitors asking for removed, unpublished or missing things', async () => {
    const admin = await api.token('admin@example.com')
    const draft = await approvedNotice(`未发布的公告${Date.now().toString(36)}`)
    const { body: list } = await api.call('GET', '/notices?limit=1&depth=0&where[_status][equals]=published', admin)
    const removed = list.docs[0].id as number
    const withdrawn = await api.call('POST', `/notices/${removed}/workflow/withdraw`, admin, {
      mode: 'removed',
      reason: '日志测试：撤销公开',
    })
    expect(withdrawn.status).toBe(200)
    const before = site.output().length
    const statuses: Record<string, number> = {}
    for (let round = 0; round < 3; round++) {
      for (const path of [
        `/api/notices/${draft}`,
        `/api/notices/${removed}`,
        '/api/notices/99999999',
        '/api/gazette-issues/99999999',
        '/api/payload-jobs',
        '/api/workflow-audit-log',
        `/notices/${draft}`,
        `/notices/${removed}`,
        '/notices/99999999',
        '/columns/no-such-column',
        '/no-such-page',
      ]) {
        const response = await fetch(site.url + path)
        await response.arrayBuffer()
        statuses[path] = response.status
      }
    }
    expect(statuses).toMatchObject({
      [`/api/notices/${draft}`]: 404,
      [`/api/notices/${removed}`]: 404,
      '/api/payload-jobs': 403,
      [`/notices/${draft}`]: 404,
      [`/notices/${removed}`]: 410,
      '/no-such-page': 404,
    })
    // Give the server a moment to write what it logs.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const log = site.output().slice(before)
    expect(log.split('\n').filter((line) => /ERROR|"level":50/.test(line))).toEqual([])
  }, 120_000)
})

describe('a job runner that was down', () => {
  it('runs a publish that fell due while no runner was up, once, as soon as one starts', async () => {
    const first = await startSite({}, { keepFiles: true })
    let second: RunningSite | undefined
    try {
      const firstApi = siteApi(first.url, first.password)
      const editor = await firstApi.token('editor@example.com')
      const { body: list } = await firstApi.call(
        'GET',
        '/notices?limit=1&depth=1&where[_status][equals]=published',
        editor,
      )
      const like = list.docs[0]
      const title = `停机期间到期${Date.now().toString(36)}`
      const id = await firstApi.approvedNotice({
        title,
        type: 'notification',
        primaryColumn: like.primaryColumn.id,
        department: like.department.id,
      })
      const at = new Date(Date.now() + 12_000)
      const admin = await firstApi.token('admin@example.com')
      expect(
        (await firstApi.call('POST', `/notices/${id}/workflow/publish`, admin, { at: at.toISOString() })).status,
      ).toBe(200)
      // The only runner stops before the time comes, and stays down past it.
      expect(await first.stop()).toBe(0)
      const stoppedAt = Date.now()
      expect(stoppedAt).toBeLessThan(at.getTime())
      await new Promise((resolve) => setTimeout(resolve, at.getTime() + 3_000 - stoppedAt))

      second = await startSite({ SEED_ON_START: 'false', DEMO_PASSWORD: first.password }, { database: first.database })
      const back = second
      const startedAt = Date.now()
      const secondApi = siteApi(back.url, first.password)
      let published = 0
      while (!published) {
        if ((await fetch(`${back.url}/api/notices/${id}?depth=0`)).status === 200) published = Date.now()
        else if (Date.now() - startedAt > 30_000)
          throw new Error(`the overdue publish did not run after the restart\n${back.output().slice(-3000)}`)
        else await new Promise((resolve) => setTimeout(resolve, 500))
      }
      expect((await (await fetch(`${back.url}/columns/${like.primaryColumn.path}`)).text()).includes(title)).toBe(true)
      // Two more ticks: it ran once.
      await new Promise((resolve) => setTimeout(resolve, 11_000))
      expect(await secondApi.scheduledPublishCount(id)).toBe(1)
    } finally {
      await second?.stop()
      await first.database.drop()
      fs.rmSync(first.files().mediaDir, { recursive: true, force: true })
    }
  }, 300_000)
})
