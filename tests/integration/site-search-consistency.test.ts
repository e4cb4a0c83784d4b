import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from 'drizzle-orm'

import type { Notice } from '../../payload-types'
import { reindexSiteSearch } from '../../plugins/site-search'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'

/**
 * The index follows the item through the reference site's workflow: publish, edit, withdraw
 * (kept public), remove, restore, unpublish, delete; and `search:reindex` rebuilds it.
 */
let site: TestSite
let admin: TestUser
let editor: TestUser
let reviewer: TestUser
let column: number
let department: number

beforeAll(async () => {
  site = await startTestSite()
  admin = await createTestUser(site, ['admin'])
  editor = await createTestUser(site, ['editor'])
  reviewer = await createTestUser(site, ['reviewer'])
  department = (
    await site.payload.create({
      collection: 'departments',
      data: { name: '示范区检索测试局', orgCode: 'SS0000001X' },
      overrideAccess: true,
    })
  ).id
  column = (
    await site.payload.create({
      collection: 'columns',
      data: { name: '通知公告', slug: 'tzgg-ss', kind: 'notices' },
      overrideAccess: true,
    })
  ).id
})
afterAll(async () => site?.close())

const act = (id: number | string, action: string, user: TestUser, body: object = {}) =>
  site.rest('POST', `/notices/${id}/workflow/${action}`, { token: user.token, body })

const found = async (term: string) => {
  const response = await site.rest('GET', `/search?q=${encodeURIComponent(term)}&limit=100`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: Notice[] }).docs.map((doc) => doc.id)
}

async function publishThroughWorkflow(title: string) {
  const created = await site.rest('POST', '/notices?draft=true', {
    token: editor.token,
    body: { title, type: 'announcement', primaryColumn: column, department },
  })
  expect(created.status).toBe(201)
  const id = ((await created.json()) as { doc: Notice }).doc.id
  expect((await act(id, 'submit', editor)).status).toBe(200)
  expect((await act(id, 'approve', reviewer)).status).toBe(200)
  expect((await act(id, 'approve', admin)).status).toBe(200)
  return id
}

describe('the index follows the workflow', () => {
  it('publish, edit, withdraw, remove, restore, unpublish and delete', async () => {
    const id = await publishThroughWorkflow('关于春季森林防火工作的通告')
    expect(await found('森林防火')).toEqual([])
    expect((await act(id, 'publish', admin)).status).toBe(200)
    expect(await found('森林防火')).toEqual([id])

    // A draft of the published item changes nothing public.
    const draft = await site.rest('PATCH', `/notices/${id}?draft=true`, {
      token: editor.token,
      body: { title: '关于秋季秸秆禁烧工作的通告' },
    })
    expect(draft.status).toBe(200)
    expect(await found('秸秆禁烧')).toEqual([])
    expect(await found('森林防火')).toEqual([id])

    // The edit goes live: the old words are gone, the new ones found.
    expect((await act(id, 'submit', editor)).status).toBe(200)
    expect((await act(id, 'approve', reviewer)).status).toBe(200)
    expect((await act(id, 'approve', admin)).status).toBe(200)
    expect((await act(id, 'publish', admin)).status).toBe(200)
    expect(await found('秸秆禁烧')).toEqual([id])
    expect(await found('森林防火')).toEqual([])

    // 撤回 keeps the page public (with a banner), so search still finds it.
    expect((await act(id, 'withdraw', admin, { reason: '内容有误', mode: 'withdrawn' })).status).toBe(200)
    expect(await found('秸秆禁烧')).toEqual([id])
    expect((await act(id, 'restore', admin)).status).toBe(200)
    // 撤销 removes it from every public read.
    expect((await act(id, 'withdraw', admin, { reason: '依法撤销', mode: 'removed' })).status).toBe(200)
    expect(await found('秸秆禁烧')).toEqual([])
    expect((await act(id, 'restore', admin)).status).toBe(200)
    expect(await found('秸秆禁烧')).toEqual([id])

    expect((await act(id, 'unpublish', admin)).status).toBe(200)
    expect(await found('秸秆禁烧')).toEqual([])

    const other = await publishThroughWorkflow('关于冬季供暖保障工作的通知')
    expect((await act(other, 'publish', admin)).status).toBe(200)
    expect(await found('供暖保障')).toEqual([other])
    expect((await site.rest('DELETE', `/notices/${other}`, { token: admin.token })).status).toBe(200)
    expect(await found('供暖保障')).toEqual([])
  })

  it('search:reindex rebuilds an index that was emptied', async () => {
    const id = await publishThroughWorkflow('关于开展城乡环境卫生整治的通知')
    expect((await act(id, 'publish', admin)).status).toBe(200)
    const draftOnly = await publishThroughWorkflow('关于环境卫生整治的草稿')
    expect(await found('环境卫生')).toEqual([id])

    const db = (
      site.payload.db as unknown as {
        drizzle: { execute?: (query: unknown) => Promise<unknown>; run?: (query: unknown) => Promise<unknown> }
      }
    ).drizzle
    if (db.execute) await db.execute(sql`truncate site_search.item_columns, site_search.items`)
    else {
      await db.run?.(sql`delete from _cf_site_search_fts`)
      await db.run?.(sql`delete from _cf_site_search_docs`)
    }
    expect(await found('环境卫生')).toEqual([])

    const count = await reindexSiteSearch(site.payload)
    expect(count).toBeGreaterThanOrEqual(1)
    expect(await found('环境卫生')).toEqual([id])
    expect(await found('环境卫生')).not.toContain(draftOnly)
  })
})
