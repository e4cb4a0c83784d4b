import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { publicChanges } from '../testing/minimalConfig'
import type { TestSite } from '../../shared/testing/testSite'
import type { TestUser } from '../../shared/testing/users'
import { startWorkflowSite, json, postAction, type Json } from '../testing/workflowSite'

let site: TestSite
let admin: TestUser
let editor: TestUser
let reviewer: TestUser

beforeAll(async () => {
  ;({ site, admin, editor, reviewer } = await startWorkflowSite())
})
afterAll(async () => site?.close())

async function draftPost(title = '关于开展安全生产检查的通知') {
  const response = await site.rest('POST', '/posts?draft=true', { token: editor.token, body: { title, body: '正文' } })
  expect(response.status).toBe(201)
  return (await json(response)).doc.id as number | string
}

const act = (id: number | string, action: string, user: TestUser, body: object = {}) =>
  postAction(site, id, action, user, body)

const publicGet = (id: number | string) => site.rest('GET', `/posts/${id}`)

async function publishedPost(title?: string) {
  const id = await draftPost(title)
  expect((await act(id, 'submit', editor)).status).toBe(200)
  expect((await act(id, 'approve', reviewer)).status).toBe(200)
  expect((await act(id, 'approve', admin)).status).toBe(200)
  expect((await act(id, 'publish', admin)).status).toBe(200)
  return id
}

describe('the plugin alone in a minimal config', () => {
  it('walks a post through 初审 → 终审 → published, and the public then reads it', async () => {
    const id = await draftPost()
    expect((await publicGet(id)).status).toBe(404)

    const submitted = await json(await act(id, 'submit', editor))
    expect(submitted.workflow).toMatchObject({ state: 'in-review', step: 0 })
    expect((await json(await act(id, 'approve', reviewer, { comment: '同意' }))).workflow).toMatchObject({
      state: 'in-review',
      step: 1,
    })
    expect((await json(await act(id, 'approve', admin))).workflow.state).toBe('approved')
    expect((await publicGet(id)).status).toBe(404)
    const published = await json(await act(id, 'publish', admin))
    expect(published._status).toBe('published')

    const publicDoc = await json(await publicGet(id))
    expect(publicDoc.title).toBe('关于开展安全生产检查的通知')
    expect(publicDoc.workflow).toBeUndefined() // internals stay internal
    expect(Date.parse(publicDoc.publishedAt)).toBeGreaterThan(Date.now() - 60_000)
    expect(publicChanges).toContainEqual(
      expect.objectContaining({ collection: 'posts' as never, id, action: 'publish' }),
    )

    const audit = await site.payload.find({
      collection: 'workflow-audit-log' as never,
      where: { item: { equals: String(id) } },
      sort: 'at',
      overrideAccess: true,
    })
    const entries = audit.docs as unknown as Json[]
    expect(entries.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ['submit', 'draft', 'in-review'],
      ['approve', 'in-review', 'in-review'],
      ['approve', 'in-review', 'approved'],
      ['publish', 'approved', 'published'],
    ])
    expect(entries[1]).toMatchObject({ stepName: '初审', comment: '同意', userEmail: reviewer.email })
    expect(entries.every((e) => e.versionId)).toBe(true)
  })

  it('never changes the first publish date', async () => {
    const id = await publishedPost('首次发布日期不变')
    const first = (await json(await publicGet(id))).publishedAt
    await site.rest('PATCH', `/posts/${id}`, { token: editor.token, body: { title: '首次发布日期不变（修订）' } })
    expect((await act(id, 'submit', editor)).status).toBe(200)
    expect((await act(id, 'approve', reviewer)).status).toBe(200)
    expect((await act(id, 'approve', admin)).status).toBe(200)
    expect((await act(id, 'publish', admin)).status).toBe(200)
    const again = await json(await publicGet(id))
    expect(again.title).toBe('首次发布日期不变（修订）')
    expect(again.publishedAt).toBe(first)
  })
})

describe('illegal transitions answer 4xx with a message', () => {
  it('refuses approving a draft, publishing before approval and unknown actions', async () => {
    const id = await draftPost()
    const approve = await act(id, 'approve', reviewer)
    expect(approve.status).toBe(409)
    expect(JSON.stringify(await approve.json())).toContain('draft')
    expect((await act(id, 'publish', admin)).status).toBe(409)
    expect((await act(id, 'launch', admin)).status).toBe(404)
    expect((await act('999999', 'submit', editor)).status).toBe(404)
    expect((await site.rest('POST', `/posts/${id}/workflow/submit`, { body: {} })).status).toBe(401)
  })

  it('needs a comment to request changes, then returns the item to draft', async () => {
    const id = await draftPost()
    await act(id, 'submit', editor)
    const bare = await act(id, 'request-changes', reviewer, { comment: '  ' })
    expect(bare.status).toBe(400)
    const sent = await json(await act(id, 'request-changes', reviewer, { comment: '请补充附件' }))
    expect(sent.workflow.state).toBe('draft')
  })

  it('refuses a malformed body and oversized comments', async () => {
    const id = await draftPost()
    const bad = await site.rest('POST', `/posts/${id}/workflow/submit`, {
      token: editor.token,
      rawBody: '{not json',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(bad.status).toBe(400)
    expect((await act(id, 'submit', editor, { comment: 'x'.repeat(5000) })).status).toBe(400)
    expect((await act(id, 'submit', editor, { comment: 42 })).status).toBe(400)
  })
})
