import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { flushHits, getHitRuntime, hitSlugs } from '../../plugins/hit-counter'
import type { Column } from '../../payload-types'
import { hitsSeed } from '../../src/seed/hits'
import { runSeed } from '../../src/seed/runSeed'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser } from '../helpers/users'

/**
 * The plugin as the reference site composes it (real columns collection). Item hits are
 * covered in hits-recording with the plugin's minimal config.
 */
let site: TestSite
let news: Column
let notices: Column

const browser = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15'

beforeAll(async () => {
  site = await startTestSite()
  const p = site.payload
  const root = await p.create({
    collection: 'columns',
    data: { name: '政务公开', slug: 'zwgk', kind: 'notices' } as Column,
    overrideAccess: true,
  })
  news = await p.create({
    collection: 'columns',
    data: { name: '政务要闻', slug: 'zwyw', kind: 'news', parent: root.id } as Column,
    overrideAccess: true,
  })
  notices = await p.create({
    collection: 'columns',
    data: { name: '公示公告', slug: 'gsgg', kind: 'notices', parent: root.id } as Column,
    overrideAccess: true,
  })
  await getHitRuntime(p)!.publicIds.refresh()
}, 120_000)
afterAll(async () => site?.close())

const hit = (body: unknown, ip: string) =>
  site.rest('POST', '/hits', { body, headers: { 'user-agent': browser, 'x-gongkai-peer': ip } })

it('counts views of columns (by path or id) on the reference site', async () => {
  expect(notices.path).toBe('zwgk/gsgg')
  expect((await hit({ column: 'zwgk/zwyw' }, '10.0.0.1')).status).toBe(202)
  expect((await hit({ column: notices.id }, '10.0.0.2')).status).toBe(202)
  expect((await hit({ column: 'zwgk/none' }, '10.0.0.3')).status).toBe(404)
  await flushHits(site.payload)
  const { docs } = await site.payload.find({ collection: hitSlugs.totals, pagination: false, overrideAccess: true })
  const totals = Object.fromEntries(docs.map((doc) => [doc.key, doc.hits]))
  expect(totals).toEqual({ [`c:${news.id}`]: 1, [`c:${notices.id}`]: 1 })
})

it('counts each day’s unique visitors, keeps only the number, and the website form reads it', async () => {
  const other = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36'
  const send = (body: unknown, ip: string, userAgent = browser) =>
    site.rest('POST', '/hits', { body, headers: { 'user-agent': userAgent, 'x-gongkai-peer': ip } })
  // Two visitors (10.0.0.1 was already here in the first test), each reading several pages,
  // some twice; a crawler counts for nothing.
  for (const [body, ip] of [
    [{ column: news.id }, '10.0.0.1'],
    [{ column: notices.id }, '10.0.0.1'],
    [{ column: news.id }, '10.0.0.1'],
    [{ column: news.id }, '10.0.0.9'],
    [{ column: notices.id }, '10.0.0.9'],
    [{ column: notices.id }, '10.0.0.9'],
  ] as const)
    expect([200, 202]).toContain((await send(body, ip)).status)
  await send({ column: news.id }, '10.0.0.10', 'Googlebot/2.1 (+http://www.google.com/bot.html)')
  await flushHits(site.payload)
  const { docs } = await site.payload.find({ collection: hitSlugs.visitorDays, overrideAccess: true })
  // 10.0.0.1 and 10.0.0.2 from the first test, 10.0.0.9 now: three visitors today, in one row.
  expect(docs).toHaveLength(1)
  expect(docs[0].hits).toBe(3)
  // Nothing in the row names a visitor.
  expect(Object.keys(docs[0]).sort()).toEqual(['createdAt', 'day', 'hits', 'id', 'key', 'updatedAt'])

  // The same address with another browser is another visitor.
  expect((await send({ column: news.id }, '10.0.0.9', other)).status).toBe(202)
  await flushHits(site.payload)
  const analyst = await createTestUser(site, ['analyst'])
  const year = String(docs[0].day).slice(0, 4)
  const form = (await (await site.rest('GET', `/annual-report/${year}/website`, { token: analyst.token })).json()) as {
    rows: { key: string; value: unknown }[]
  }
  const value = Object.fromEntries(form.rows.map((row) => [row.key, row.value]))
  expect(value.uniqueVisitors).toBe(4)
  // Views: 2 in the first test, 3 first views here (repeats within the window count once), 1 by the other browser.
  expect(value.visits).toBe(2 + 3 + 1)
})

it('seeds a year of daily hits that the analyst ranking reads', async () => {
  await runSeed(site.payload, { modules: [hitsSeed], reset: true, quiet: true })
  const analyst = await createTestUser(site, ['analyst'])
  const response = await site.rest('GET', '/hits/ranking?rollup=false', { token: analyst.token })
  expect(response.status).toBe(200)
  const json = (await response.json()) as { total: number; rows: { name: string; hits: number }[] }
  expect(json.total).toBeGreaterThan(0)
  expect(json.rows[0].name).toBe('政务要闻')
  // Running totals agree with the daily buckets.
  const days = await site.payload.find({
    collection: hitSlugs.columnDays,
    where: { column: { equals: news.id } },
    pagination: false,
    overrideAccess: true,
  })
  const total = await site.payload.find({
    collection: hitSlugs.totals,
    where: { key: { equals: `c:${news.id}` } },
    overrideAccess: true,
  })
  expect(days.docs.length).toBeGreaterThan(200)
  expect(days.docs.reduce((sum, doc) => sum + doc.hits, 0)).toBe(total.docs[0].hits)
}, 120_000)
