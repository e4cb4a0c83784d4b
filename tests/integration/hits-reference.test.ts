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
