import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { DrizzleAdapter } from '@payloadcms/drizzle'
import type { CollectionSlug } from 'payload'

import { flushHits, getHitRuntime, hitSlugs } from '../index'
import { hitTestConfig } from '../testing/minimalConfig'
import { startTestSite, type TestSite } from '../../shared/testing/testSite'

const browser =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36'
const columnsSlug = 'columns' as CollectionSlug
const noticesSlug = 'notices' as CollectionSlug

let site: TestSite
let column: { id: number | string }
let child: { id: number | string }
let published: { id: number | string }
let draft: { id: number | string }
let onApplication: { id: number | string }
let reader = 0

/** A hit from a distinct reader (its own address), unless `ip`/`ua` say otherwise. */
const hit = (body: unknown, { ip, ua = browser }: { ip?: string; ua?: string } = {}) => {
  reader += 1
  const address = ip ?? `10.${(reader >> 16) & 255}.${(reader >> 8) & 255}.${reader & 255}`
  return site.rest('POST', '/hits', { body, headers: { 'user-agent': ua, 'x-gongkai-peer': address } })
}

const total = async (key: string) => {
  await flushHits(site.payload)
  const { docs } = await site.payload.find({
    collection: hitSlugs.totals,
    where: { key: { equals: key } },
    overrideAccess: true,
  })
  return Number((docs[0] as { hits?: number } | undefined)?.hits ?? 0)
}

/** Raw SQL on the test database (SQLite or PostgreSQL), past Payload's collections. */
async function sqlRows(raw: string): Promise<Record<string, unknown>[]> {
  const db = site.payload.db as unknown as DrizzleAdapter
  return ((await db.execute({ drizzle: db.drizzle, raw })) as unknown as { rows: Record<string, unknown>[] }).rows
}

async function allTables(): Promise<string[]> {
  const rows =
    site.database.kind === 'postgres'
      ? await sqlRows(`select table_name as name from information_schema.tables where table_schema = 'public'`)
      : await sqlRows(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)
  return rows.map((row) => String(row.name))
}

beforeAll(async () => {
  site = await startTestSite({
    config: (url) => hitTestConfig(url, { rateLimit: { points: 30, durationSeconds: 60 }, flushIntervalMs: 1000 }),
  })
  const p = site.payload
  column = await p.create({ collection: columnsSlug, data: { name: '通知公告', path: 'zwgk/tzgg' } as never })
  child = await p.create({
    collection: columnsSlug,
    data: { name: '人事任免', path: 'zwgk/tzgg/rsrm', parent: column.id } as never,
  })
  const notice = (title: string, extra: Record<string, unknown>) =>
    p.create({ collection: noticesSlug, data: { title, primaryColumn: child.id, ...extra } as never })
  published = await notice('关于开展安全生产检查的通知', { _status: 'published' })
  draft = await notice('草稿', { _status: 'draft' })
  onApplication = await notice('依申请公开的文件', { _status: 'published', disclosureMode: 'on-application' })
  await getHitRuntime(p)!.publicIds.refresh()
}, 120_000)
afterAll(async () => site?.close())

describe('POST /api/hits', () => {
  it('counts 10,000 concurrent hits exactly, while flushes run in between', async () => {
    const before = await total(`c:${column.id}`)
    const flushing = setInterval(() => void flushHits(site.payload), 50)
    const responses = await Promise.all(Array.from({ length: 10_000 }, () => hit({ column: column.id })))
    clearInterval(flushing)
    expect(responses.filter((response) => response.status === 202)).toHaveLength(10_000)
    expect((await total(`c:${column.id}`)) - before).toBe(10_000)
    // Daily buckets agree with the running total.
    const { docs } = await site.payload.find({
      collection: hitSlugs.columnDays,
      where: { column: { equals: column.id } },
      pagination: false,
      overrideAccess: true,
    })
    expect(docs.reduce((sum, doc) => sum + Number((doc as { hits?: number }).hits), 0)).toBe(before + 10_000)
  }, 180_000)

  it('accepts a column path and counts an item view for the item and its primary column', async () => {
    const byPath = await hit({ column: 'zwgk/tzgg/rsrm' })
    expect(byPath.status).toBe(202)
    expect(await byPath.json()).toEqual({ counted: true })
    const childBefore = await total(`c:${child.id}`)
    const response = await hit({ item: published.id, collection: 'notices' })
    expect(response.status).toBe(202)
    expect(await total(`i:notices:${published.id}`)).toBe(1)
    expect(await total(`c:${child.id}`)).toBe(childBefore + 1)
  })

  it('does not count bots or requests without a user agent', async () => {
    const before = await total(`c:${column.id}`)
    for (const ua of ['Googlebot/2.1 (+http://www.google.com/bot.html)', 'Baiduspider', 'curl/8.5.0', '']) {
      const response = await hit({ column: column.id }, { ua })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ counted: false, reason: 'bot' })
    }
    expect(await total(`c:${column.id}`)).toBe(before)
  })

  it('counts repeated views of one page by one client once within the window', async () => {
    const before = await total(`c:${child.id}`)
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await hit({ column: child.id }, { ip: '192.0.2.7' })).status)
    expect(statuses).toEqual([202, 200, 200])
    // Another page, another browser or another address is a new view.
    expect((await hit({ item: published.id, collection: 'notices' }, { ip: '192.0.2.7' })).status).toBe(202)
    expect((await hit({ column: child.id }, { ip: '192.0.2.7', ua: `${browser} Edg/124` })).status).toBe(202)
    expect((await hit({ column: child.id }, { ip: '192.0.2.8' })).status).toBe(202)
    expect(await total(`c:${child.id}`)).toBe(before + 4)
  })

  it('refuses bad input with a 4xx that names the problem, and counts nothing', async () => {
    const before = await total(`c:${column.id}`)
    const cases: [unknown, number, RegExp][] = [
      [{ column: 999_999 }, 404, /栏目不存在|No such column/],
      [{ column: 'no/such/path' }, 404, /栏目不存在|No such column/],
      [{ item: draft.id, collection: 'notices' }, 404, /未公开|No such published item/],
      [{ item: onApplication.id, collection: 'notices' }, 404, /未公开|No such published item/],
      [{ item: 'abc', collection: 'notices' }, 404, /未公开|No such published item/],
      [{ item: published.id, collection: 'users' }, 400, /users/],
      [{ item: published.id }, 400, /collection/],
      [{ column: column.id, item: published.id, collection: 'notices' }, 400, /二选一|either/],
      [{ column: column.id, extra: 1 }, 400, /extra/],
      [{ column: { $gt: 0 } }, 400, /column/],
      [[column.id], 400, /JSON 对象|JSON object/],
      [{}, 400, /column 或 item|column or item/],
    ]
    for (const [body, status, message] of cases) {
      const response = await hit(body)
      expect({ body, status: response.status }).toEqual({ body, status })
      expect(JSON.stringify(await response.json())).toMatch(message)
    }
    const malformed = await site.rest('POST', '/hits', { rawBody: '{"column": ', headers: { 'user-agent': browser } })
    expect(malformed.status).toBe(400)
    expect(JSON.stringify(await malformed.json())).toMatch(/JSON/)
    const oversized = await site.rest('POST', '/hits', {
      rawBody: JSON.stringify({ column: 'x'.repeat(5000) }),
      headers: { 'user-agent': browser },
    })
    expect(oversized.status).toBe(413)
    expect(await total(`c:${column.id}`)).toBe(before)
  })

  it('rate-limits one client', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 35; i++) statuses.push((await hit({ column: column.id }, { ip: '198.51.100.9' })).status)
    expect(statuses.slice(0, 30).every((status) => status === 202 || status === 200)).toBe(true)
    expect(statuses.slice(30)).toEqual([429, 429, 429, 429, 429])
  })

  it('stops counting an item once it is unpublished, and starts when it is published', async () => {
    const p = site.payload
    await p.update({ collection: noticesSlug, id: published.id, data: { _status: 'draft' } as never })
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect((await hit({ item: published.id, collection: 'notices' })).status).toBe(404)
    await p.update({ collection: noticesSlug, id: draft.id, data: { _status: 'published' } as never })
    expect((await hit({ item: draft.id, collection: 'notices' })).status).toBe(202)
  })

  it('the periodic refresh reads only changed items, and drops one unpublished where no hook here saw it', async () => {
    const p = site.payload
    const elsewhere = await p.create({
      collection: noticesSlug,
      data: { title: '另一实例发布的通知', primaryColumn: child.id, _status: 'published' } as never,
    })
    expect((await hit({ item: elsewhere.id, collection: 'notices' })).status).toBe(202)
    // Another instance unpublishes it: a database write that no hook of this process sees.
    await p.db.updateOne({
      collection: noticesSlug,
      id: elsewhere.id,
      data: { _status: 'draft', updatedAt: new Date().toISOString() },
    })
    expect((await hit({ item: elsewhere.id, collection: 'notices' })).status).toBe(202)
    await getHitRuntime(p)!.publicIds.refresh()
    expect((await hit({ item: elsewhere.id, collection: 'notices' })).status).toBe(404)
    // Published again there: counted again after the next refresh.
    await p.db.updateOne({
      collection: noticesSlug,
      id: elsewhere.id,
      data: { _status: 'published', updatedAt: new Date().toISOString() },
    })
    await getHitRuntime(p)!.publicIds.refresh()
    expect((await hit({ item: elsewhere.id, collection: 'notices' })).status).toBe(202)
  })

  it('stores no raw IP address anywhere', async () => {
    await hit({ column: column.id }, { ip: '203.0.113.77' })
    await flushHits(site.payload)
    // Every table of the database, not only the hit collections: a key, a log row or a job's
    // input holding the address would be a leak too.
    const tables = await allTables()
    expect(tables.length).toBeGreaterThan(5)
    for (const table of tables) {
      const rows = JSON.stringify(await sqlRows(`select * from "${table}"`))
      expect({ table, rows }).not.toEqual({
        table,
        rows: expect.stringMatching(/203\.0\.113|\b\d{1,3}(\.\d{1,3}){3}\b/),
      })
    }
  })

  it('never updates the content documents', async () => {
    const doc = (await site.payload.findByID({ collection: columnsSlug, id: column.id })) as {
      updatedAt: string
      naiveHits?: number
    }
    await hit({ column: column.id })
    await flushHits(site.payload)
    const after = (await site.payload.findByID({ collection: columnsSlug, id: column.id })) as { updatedAt: string }
    expect(after.updatedAt).toBe(doc.updatedAt)
  })
})
