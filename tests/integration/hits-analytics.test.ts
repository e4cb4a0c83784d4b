import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug } from 'payload'

import { hitSlugs } from '../../plugins/hit-counter'
import { hitTestConfig } from '../../plugins/hit-counter/testing/minimalConfig'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'

const columnsSlug = 'columns' as CollectionSlug
let site: TestSite
let analyst: TestUser
let editor: TestUser
const ids: Record<string, number | string> = {}
let noticeA: number | string
let noticeB: number | string

const bucket = (column: number | string, day: number, hits: number) =>
  site.payload.db.create({ collection: hitSlugs.columnDays, data: { key: `c:${column}:${day}`, column, day, hits } })

const itemBucket = (item: number | string, column: number | string, day: number, hits: number) =>
  site.payload.db.create({
    collection: hitSlugs.itemDays,
    data: { key: `i:notices:${item}:${day}`, itemCollection: 'notices', item: String(item), column, day, hits },
  })

beforeAll(async () => {
  site = await startTestSite({ config: (url) => hitTestConfig(url) })
  const p = site.payload
  const make = async (name: string, path: string, parent?: string) => {
    const doc = await p.create({
      collection: columnsSlug,
      data: { name, path, parent: parent ? ids[parent] : undefined } as never,
    })
    ids[path] = doc.id
  }
  await make('政务公开', 'zwgk')
  await make('通知公告', 'zwgk/tzgg', 'zwgk')
  await make('政务要闻', 'zwgk/zwyw', 'zwgk')
  await make('公开指南', 'gkzn')
  const notice = async (title: string) =>
    (
      await p.create({
        collection: 'notices' as CollectionSlug,
        data: { title, primaryColumn: ids['zwgk/tzgg'], _status: 'published' } as never,
      })
    ).id
  noticeA = await notice('关于征地拆迁的公告')
  noticeB = await notice('关于创建全国文明乡村的通知')
  // March 2026 (the range) and February 2026 (its previous period of equal length, 31 days: 2026-01-29 … 2026-02-28).
  await bucket(ids['zwgk/tzgg'], 20260301, 50)
  await bucket(ids['zwgk/tzgg'], 20260331, 50)
  await bucket(ids['zwgk/zwyw'], 20260315, 200)
  await bucket(ids.gkzn, 20260310, 30)
  await bucket(ids['zwgk/tzgg'], 20260210, 80)
  await bucket(ids['zwgk/zwyw'], 20260128, 999) // just before the previous period: ignored
  await bucket(ids.gkzn, 20260401, 500) // after the range: ignored
  await itemBucket(noticeA, ids['zwgk/tzgg'], 20260301, 7)
  await itemBucket(noticeA, ids['zwgk/tzgg'], 20260302, 5)
  await itemBucket(noticeB, ids['zwgk/tzgg'], 20260305, 9)
  analyst = await createTestUser(site, ['analyst'])
  editor = await createTestUser(site, ['editor'])
}, 120_000)
afterAll(async () => site?.close())

const get = (path: string, user: TestUser | null = analyst) => site.rest('GET', path, { token: user?.token })

describe('analytics API', () => {
  it('ranks columns with share, rank and change against the previous period', async () => {
    const response = await get('/hits/ranking?from=2026-03-01&to=2026-03-31')
    expect(response.status).toBe(200)
    const json = (await response.json()) as { total: number; rows: Record<string, unknown>[] }
    expect(json.total).toBe(330)
    const byPath = Object.fromEntries(json.rows.map((row) => [row.path, row]))
    expect(json.rows.map((row) => row.path)).toEqual(['zwgk/zwyw', 'zwgk/tzgg', 'gkzn', 'zwgk'])
    expect(byPath['zwgk/zwyw']).toMatchObject({ rank: 1, hits: 200, previousHits: 0, change: 200, changeRatio: null })
    expect(byPath['zwgk/tzgg']).toMatchObject({ rank: 2, hits: 100, previousHits: 80, change: 20, changeRatio: 0.25 })
    expect(byPath['zwgk/tzgg'].share).toBeCloseTo(100 / 330)
    expect(byPath.zwgk).toMatchObject({ rank: 4, hits: 0 })
  })

  it('rolls the ranking up to top-level columns', async () => {
    const json = (await (await get('/hits/ranking?from=2026-03-01&to=2026-03-31&rollup=true')).json()) as {
      rows: Record<string, unknown>[]
    }
    expect(json.rows.map((row) => [row.path, row.hits, row.previousHits])).toEqual([
      ['zwgk', 300, 80],
      ['gkzn', 30, 0],
    ])
  })

  it("gives a column's daily series with every day of the range", async () => {
    const json = (await (
      await get(`/hits/columns/${ids['zwgk/tzgg']}/daily?from=2026-02-27&to=2026-03-02`)
    ).json()) as {
      series: unknown[]
    }
    expect(json.series).toEqual([
      { date: '2026-02-27', hits: 0 },
      { date: '2026-02-28', hits: 0 },
      { date: '2026-03-01', hits: 50 },
      { date: '2026-03-02', hits: 0 },
    ])
  })

  it('lists the top items of a column', async () => {
    const json = (await (
      await get(`/hits/columns/${ids['zwgk/tzgg']}/top-items?from=2026-03-01&to=2026-03-31`)
    ).json()) as {
      items: unknown[]
    }
    expect(json.items).toEqual([
      { rank: 1, collection: 'notices', id: String(noticeA), title: '关于征地拆迁的公告', hits: 12 },
      { rank: 2, collection: 'notices', id: String(noticeB), title: '关于创建全国文明乡村的通知', hits: 9 },
    ])
  })

  it('exports each as CSV', async () => {
    const ranking = await get('/hits/ranking?from=2026-03-01&to=2026-03-31&format=csv')
    expect(ranking.headers.get('content-type')).toMatch(/text\/csv/)
    expect(ranking.headers.get('content-disposition')).toContain('column-ranking_2026-03-01_2026-03-31.csv')
    const lines = (await ranking.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    expect(lines).toHaveLength(5)
    expect(lines[1]).toMatch(/^1,政务要闻,zwgk\/zwyw,200,60\.6,0,200,$/)
    expect(lines[2]).toMatch(/^2,通知公告,zwgk\/tzgg,100,30\.3,80,20,25$/)
    const daily = await (
      await get(`/hits/columns/${ids['zwgk/tzgg']}/daily?from=2026-03-01&to=2026-03-02&format=csv`)
    ).text()
    expect(
      daily
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/)
        .slice(1),
    ).toEqual(['2026-03-01,50', '2026-03-02,0'])
    const top = await (
      await get(`/hits/columns/${ids['zwgk/tzgg']}/top-items?from=2026-03-01&to=2026-03-31&format=csv`)
    ).text()
    expect(top).toContain('关于征地拆迁的公告,notices')
  })

  it('is for analysts and administrators only', async () => {
    expect((await get('/hits/ranking', null)).status).toBe(401)
    expect((await get('/hits/ranking', editor)).status).toBe(403)
    expect((await get(`/hits/columns/${ids.gkzn}/daily`, editor)).status).toBe(403)
    // The counter collections are not readable by others either.
    const list = await site.rest('GET', `/${hitSlugs.columnDays}`, { token: editor.token })
    expect(((await list.json()) as { docs?: unknown[] }).docs ?? []).toHaveLength(0)
    const write = await site.rest('POST', `/${hitSlugs.totals}`, {
      token: analyst.token,
      body: { key: 'c:1', kind: 'column', hits: 1_000_000 },
    })
    expect(write.status).toBe(403)
  })

  it('refuses bad ranges and unknown columns', async () => {
    for (const query of [
      'from=2026-02-30',
      'from=2026-3-1',
      'from=2026-03-10&to=2026-03-01',
      'from=2020-01-01&to=2026-01-01',
    ]) {
      expect({ query, status: (await get(`/hits/ranking?${query}`)).status }).toEqual({ query, status: 400 })
    }
    expect((await get('/hits/columns/999999/daily')).status).toBe(404)
    expect((await get(`/hits/columns/${ids.gkzn}/top-items?limit=0`)).status).toBe(400)
  })

  it('keeps CSV cells from being read as spreadsheet formulas', async () => {
    await site.payload.create({
      collection: columnsSlug,
      data: { name: '=HYPERLINK("http://x")', path: 'evil' } as never,
    })
    const csv = await (await get('/hits/ranking?from=2026-03-01&to=2026-03-31&format=csv')).text()
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`)
  })
})
