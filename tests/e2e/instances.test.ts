import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import postgresGlobalSetup from '../helpers/postgresGlobalSetup'
import postgresGlobalTeardown from '../helpers/postgresGlobalTeardown'
import { startSite, type RunningSite } from '../helpers/server'
import { publicNotice as publicNoticeAt, siteApi, type PublicNotice, type SiteApi } from '../helpers/siteApi'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

/**
 * Two production servers (`npm start`) on one PostgreSQL database, each with its own page and
 * API caches: a change made through instance A reaches the pages and answers instance B serves
 * within 5 s, by the PostgreSQL channel (src/lib/invalidation/postgresChannel.ts). The
 * PostgreSQL server is the configured one or a real one from npm, as for the integration tests.
 * Both run the job ticker, and a scheduled publish still happens once.
 */
let database: TestDatabase
let a: RunningSite
let b: RunningSite
let api: SiteApi

beforeAll(async () => {
  await postgresGlobalSetup()
  database = await createTestDatabase('postgres')
  a = await startSite({}, { fresh: true, database })
  // Both tick the job queue (JOBS_AUTORUN's default); the runner lock lets one of them run it.
  b = await startSite({ SEED_ON_START: 'false', DEMO_PASSWORD: a.password }, { database })
  api = siteApi(a.url, a.password)
}, 420_000)
afterAll(async () => {
  await b?.stop()
  await a?.stop()
  await database?.drop()
  await postgresGlobalTeardown()
})

async function within5s(what: string, check: () => Promise<boolean>) {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > 5_000) {
      throw new Error(`${what} did not happen within 5 s; instance B's log:\n${b.output().slice(-3000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const html = async (site: RunningSite, path: string) => (await fetch(site.url + path)).text()

const publicNotice = (skip: number[] = []) => publicNoticeAt(b.url, skip)

describe('two instances on one PostgreSQL database', () => {
  it('show a publish, a rename and a removal made on the other instance within 5 s', async () => {
    const { notice, columnPath, columnId } = await publicNotice()
    const item = `/api/notices/${notice.id}?depth=0`
    // B has these cached before the changes.
    for (const path of [columnPath, item, `/notices/${notice.id}`]) {
      await fetch(b.url + path)
      expect(`${path} ${(await fetch(b.url + path)).headers.get('x-gongkai-cache')}`).toBe(`${path} HIT`)
    }

    const title = `跨实例发布${Date.now().toString(36)}`
    await api.publishThroughWorkflow('notices', notice.id, { title })
    await within5s('the edit on B', async () => (await html(b, columnPath)).includes(title))
    await within5s(
      'the API answer on B',
      async () => ((await (await fetch(b.url + item)).json()) as PublicNotice).title === title,
    )

    const admin = await api.token('admin@example.com')
    const name = `跨实例栏目${Date.now().toString(36)}`
    expect((await api.call('PATCH', `/columns/${columnId}`, admin, { name })).status).toBe(200)
    await within5s('the renamed column on B', async () => (await html(b, `/notices/${notice.id}`)).includes(name))

    const removed = await api.call('POST', `/notices/${notice.id}/workflow/withdraw`, admin, {
      mode: 'removed',
      reason: '跨实例撤销测试',
    })
    expect(removed.status).toBe(200)
    await within5s('410 on B', async () => (await fetch(`${b.url}/notices/${notice.id}`)).status === 410)
    await within5s("the removed item leaving B's column page", async () => !(await html(b, columnPath)).includes(title))
  }, 120_000)

  it('publish a scheduled item once, seen on both instances', async () => {
    const { notice: published, columnPath } = await publicNotice()
    const editor = await api.token('editor@example.com')
    const { body: full } = await api.call('GET', `/notices/${published.id}?depth=0`, editor)
    const title = `跨实例定时发布${Date.now().toString(36)}`
    const { id, at } = await api.scheduledNotice(full, title)
    // The runner ticks every 5 s, then the change reaches both instances.
    const deadline = at.getTime() + 20_000
    for (const site of [a, b]) {
      while (!(await html(site, columnPath)).includes(title)) {
        if (Date.now() > deadline) {
          const status = (await fetch(`${site.url}/api/notices/${id}?depth=0`)).status
          throw new Error(
            `the scheduled item did not appear on ${site === a ? 'A' : 'B'} (API ${status})\nA:\n${a.output().slice(-2500)}\nB:\n${b.output().slice(-2500)}`,
          )
        }
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }
    // Two more ticks of each instance: still one scheduled publish.
    await new Promise((resolve) => setTimeout(resolve, 11_000))
    expect(await api.scheduledPublishCount(id)).toBe(1)
  }, 90_000)
})
