import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { publicChanges } from '../../plugins/publish-workflow/testing/minimalConfig'
import type { TestSite } from '../helpers/testPayload'
import type { TestUser } from '../helpers/users'
import { startWorkflowSite, json, postAction, type Json } from '../helpers/workflowSite'

/** Withdrawal (撤回 keeps the page with an explanation; 撤销 removes it: 410), restore and unpublish. */
let site: TestSite
let admin: TestUser
let editor: TestUser
let reviewer: TestUser

beforeAll(async () => {
  ;({ site, admin, editor, reviewer } = await startWorkflowSite())
})
afterAll(async () => site?.close())

const act = (id: number | string, action: string, user: TestUser, body: object = {}) =>
  postAction(site, id, action, user, body)

async function publishedPost(title: string) {
  const created = await json(await site.rest('POST', '/posts', { token: editor.token, body: { title } }))
  const id = created.doc.id as number | string
  await act(id, 'submit', editor)
  await act(id, 'approve', reviewer)
  await act(id, 'approve', admin)
  expect((await act(id, 'publish', admin)).status).toBe(200)
  return id
}
const publicList = async () =>
  ((await json(await site.rest('GET', '/posts?limit=100'))).docs as Json[]).map((d) => d.id)

describe('withdraw', () => {
  it('needs an explanation and a valid mode, and only publishers may withdraw', async () => {
    const id = await publishedPost('需要说明的撤回')
    expect((await act(id, 'withdraw', admin, { mode: 'withdrawn' })).status).toBe(400)
    expect((await act(id, 'withdraw', admin, { reason: '信息有误', mode: 'hidden' })).status).toBe(400)
    expect((await act(id, 'withdraw', editor, { reason: '信息有误', mode: 'withdrawn' })).status).toBe(403)
    expect((await act(id, 'withdraw', reviewer, { reason: '信息有误', mode: 'withdrawn' })).status).toBe(403)
  })

  it('mode "withdrawn" keeps the item readable with its explanation (banner data)', async () => {
    const id = await publishedPost('已撤回的公示')
    const response = await act(id, 'withdraw', admin, { reason: '公示内容有误，已重新发布', mode: 'withdrawn' })
    expect(response.status).toBe(200)
    const doc = await json(await site.rest('GET', `/posts/${id}`))
    expect(doc.title).toBe('已撤回的公示')
    expect(doc.withdrawal).toMatchObject({ mode: 'withdrawn', reason: '公示内容有误，已重新发布' })
    expect(Date.parse(doc.withdrawal.at)).toBeGreaterThan(0)
    expect(await publicList()).toContain(id)
    expect(publicChanges).toContainEqual(expect.objectContaining({ id, action: 'withdraw' }))
  })

  it('mode "removed" hides the item from every public read; staff and a status check still see it', async () => {
    const id = await publishedPost('已撤销的通知')
    expect((await act(id, 'withdraw', admin, { reason: '依法撤销', mode: 'removed' })).status).toBe(200)
    expect((await site.rest('GET', `/posts/${id}`)).status).toBe(404)
    expect(await publicList()).not.toContain(id)
    const where = encodeURIComponent(JSON.stringify({ title: { equals: '已撤销的通知' } }))
    expect((await json(await site.rest('GET', `/posts?where=${where}`))).totalDocs).toBe(0)
    expect((await site.rest('GET', `/posts/${id}`, { token: editor.token })).status).toBe(200)
    // What the public site asks (overrideAccess, status only) to answer 410.
    const status = (await site.payload.findByID({
      collection: 'posts' as never,
      id,
      overrideAccess: true,
    })) as unknown as Json
    expect(status.withdrawal.mode).toBe('removed')
    expect(publicChanges).toContainEqual(expect.objectContaining({ id, action: 'remove' }))
  })

  it('restore puts a withdrawn item back and clears the explanation', async () => {
    const id = await publishedPost('恢复发布的公告')
    await act(id, 'withdraw', admin, { reason: '暂时撤下', mode: 'removed' })
    expect((await act(id, 'restore', editor)).status).toBe(403)
    const restored = await act(id, 'restore', admin)
    expect(restored.status).toBe(200)
    const doc = await json(await site.rest('GET', `/posts/${id}`))
    expect(doc.withdrawal?.mode ?? null).toBeNull()
    expect(publicChanges).toContainEqual(expect.objectContaining({ id, action: 'restore' }))
    expect((await act(id, 'restore', admin)).status).toBe(409)
  })
})

describe('onPublicChange', () => {
  it('reports an update that trusted server code makes to a published item', async () => {
    const id = await publishedPost('服务器端更新')
    await site.payload.update({ collection: 'posts' as never, id, data: { body: '更正错别字' } as never })
    expect(publicChanges).toContainEqual(expect.objectContaining({ id, action: 'update' }))
  })
})

describe('unpublish', () => {
  it('takes the item off the public site and back to draft', async () => {
    const id = await publishedPost('到期下线的通知')
    expect((await act(id, 'unpublish', editor)).status).toBe(403)
    const response = await json(await act(id, 'unpublish', admin))
    expect(response._status).toBe('draft')
    expect((await site.rest('GET', `/posts/${id}`)).status).toBe(404)
    expect(publicChanges).toContainEqual(expect.objectContaining({ id, action: 'unpublish' }))
  })

  it('withdraws the live version without publishing a pending draft', async () => {
    const id = await publishedPost('有待审修改的条目')
    await site.rest('PATCH', `/posts/${id}?draft=true`, { token: editor.token, body: { title: '尚未审核的修改' } })
    expect((await act(id, 'withdraw', admin, { reason: '撤回', mode: 'withdrawn' })).status).toBe(200)
    expect((await json(await site.rest('GET', `/posts/${id}`))).title).toBe('有待审修改的条目')
  })
})
