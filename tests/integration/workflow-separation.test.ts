import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { configToSchema } from '@payloadcms/graphql'
import { graphql } from 'graphql'
import { createLocalReq } from 'payload'

import { workflowAction } from '../../plugins/publish-workflow'
import type { TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'
import { startWorkflowSite, json, postAction, type Json } from '../helpers/workflowSite'

/** Separation of duties (审编分离) on the server: every bypass attempt through REST, GraphQL and the Local API. */
let site: TestSite
let admin: TestUser
let editor: TestUser
let reviewer: TestUser
let otherReviewer: TestUser

beforeAll(async () => {
  ;({ site, admin, editor, reviewer } = await startWorkflowSite())
  otherReviewer = await createTestUser(site, ['reviewer'])
})
afterAll(async () => site?.close())

const act = (id: number | string, action: string, user: TestUser, body: object = {}) =>
  postAction(site, id, action, user, body)

async function draftPost(title = '拟发布的公告') {
  const response = await site.rest('POST', '/posts', { token: editor.token, body: { title } })
  expect(response.status).toBe(201)
  return (await json(response)).doc.id as number | string
}
const latest = async (id: number | string) =>
  (await site.payload.findByID({
    collection: 'posts' as never,
    id,
    draft: true,
    overrideAccess: true,
  })) as unknown as Json
const live = async (id: number | string) =>
  (await site.payload.findByID({ collection: 'posts' as never, id, overrideAccess: true })) as unknown as Json

async function approvedPost() {
  const id = await draftPost()
  await act(id, 'submit', editor)
  await act(id, 'approve', reviewer)
  expect((await json(await act(id, 'approve', admin))).workflow.state).toBe('approved')
  return id
}

describe('REST bypass attempts', () => {
  it('refuses an editor sending _status "published" on create and on update', async () => {
    const created = await site.rest('POST', '/posts', {
      token: editor.token,
      body: { title: '偷发', _status: 'published' },
    })
    expect(created.status).toBe(403)
    expect(JSON.stringify(await created.json())).toMatch(/审核流程|workflow/)
    const id = await draftPost()
    const updated = await site.rest('PATCH', `/posts/${id}`, { token: editor.token, body: { _status: 'published' } })
    expect(updated.status).toBe(403)
    expect((await live(id))._status).toBe('draft')
    expect((await site.rest('GET', `/posts/${id}`)).status).toBe(404)
  })

  it('refuses even an administrator publishing past the workflow', async () => {
    const id = await draftPost()
    const response = await site.rest('PATCH', `/posts/${id}`, { token: admin.token, body: { _status: 'published' } })
    expect(response.status).toBe(403)
  })

  it('refuses an editor approving, publishing or scheduling', async () => {
    const id = await draftPost()
    await act(id, 'submit', editor)
    expect((await act(id, 'approve', editor)).status).toBe(403)
    const approved = await approvedPost()
    expect((await act(approved, 'publish', editor)).status).toBe(403)
    const at = new Date(Date.now() + 3600_000).toISOString()
    expect((await act(approved, 'schedule', editor, { at })).status).toBe(403)
    expect((await latest(approved)).workflow.state).toBe('approved')
  })

  it('refuses a reviewer approving an item they edited last', async () => {
    const id = await draftPost()
    await act(id, 'submit', editor)
    const edit = await site.rest('PATCH', `/posts/${id}?draft=true`, {
      token: reviewer.token,
      body: { title: '审核人改过' },
    })
    expect(edit.status).toBe(200)
    const own = await act(id, 'approve', reviewer)
    expect(own.status).toBe(403)
    expect(JSON.stringify(await own.json())).toMatch(/separation of duties|审编分离/)
    expect((await act(id, 'approve', otherReviewer)).status).toBe(200)
  })

  it('refuses an administrator approving the final step of an item they submitted', async () => {
    const id = await draftPost()
    await site.rest('PATCH', `/posts/${id}`, { token: admin.token, body: { title: '管理员起草' } })
    await act(id, 'submit', admin)
    await act(id, 'approve', reviewer)
    expect((await act(id, 'approve', admin)).status).toBe(403)
  })

  it('refuses direct changes to the workflow and withdrawal fields', async () => {
    const id = await draftPost()
    for (const body of [
      { workflow: { state: 'approved' } },
      { workflow: { step: 1 } },
      { withdrawal: { mode: 'removed', reason: 'x' } },
      { publishedAt: '2020-01-01T00:00:00.000Z' },
    ]) {
      const response = await site.rest('PATCH', `/posts/${id}?draft=true`, { token: admin.token, body })
      expect(response.status).toBe(403)
    }
    const created = await site.rest('POST', '/posts', {
      token: editor.token,
      body: { title: '自带状态', workflow: { state: 'approved' } },
    })
    expect(created.status).toBe(403)
    expect((await latest(id)).workflow.state).toBe('draft')
  })

  it('turns an unreviewed edit of a published item into a draft: the public keeps the reviewed text', async () => {
    const id = await approvedPost()
    await act(id, 'publish', admin)
    const response = await site.rest('PATCH', `/posts/${id}`, {
      token: editor.token,
      body: { title: '未经审核的修改' },
    })
    expect(response.status).toBe(200)
    expect((await json(await site.rest('GET', `/posts/${id}`))).title).toBe('拟发布的公告')
    expect((await latest(id)).workflow.state).toBe('draft')
  })
})

describe('side doors: duplicate and restore-version', () => {
  it('makes a duplicate of a published item a fresh, unpublished draft', async () => {
    const id = await approvedPost()
    await act(id, 'publish', admin)
    const response = await site.rest('POST', `/posts/${id}/duplicate`, { token: editor.token, body: {} })
    expect(response.status).toBe(200)
    const copy = (await json(response)).doc
    expect((await site.rest('GET', `/posts/${copy.id}`)).status).toBe(404)
    expect((await latest(copy.id)).workflow).toMatchObject({ state: 'draft' })
    expect((await latest(copy.id)).publishedAt ?? null).toBeNull()
  })

  it('restores an old published version only as a draft', async () => {
    const id = await approvedPost()
    await act(id, 'publish', admin)
    await act(id, 'unpublish', admin)
    const versions = await site.payload.findVersions({
      collection: 'posts' as never,
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      overrideAccess: true,
    })
    const versionId = versions.docs[0].id
    // A plain restore would write the live document itself (Payload decides before any hook),
    // so it is refused; restoring into a draft is allowed, and a refused one fails here.
    const plain = await site.rest('POST', `/posts/versions/${versionId}`, { token: editor.token, body: {} })
    expect(plain.status).toBe(403)
    const response = await site.rest('POST', `/posts/versions/${versionId}?draft=true`, {
      token: editor.token,
      body: {},
    })
    expect(response.status).toBe(200)
    expect((await site.rest('GET', `/posts/${id}`)).status).toBe(404)
    expect((await live(id))._status).toBe('draft')
  })
})

describe('editing an item in review', () => {
  it('sends it back to step 1 and records why', async () => {
    const id = await draftPost()
    await act(id, 'submit', editor)
    await act(id, 'approve', reviewer)
    expect((await latest(id)).workflow.step).toBe(1)
    await site.rest('PATCH', `/posts/${id}?draft=true`, { token: editor.token, body: { title: '再改一次' } })
    expect((await latest(id)).workflow).toMatchObject({ state: 'in-review', step: 0 })
    const audit = await site.payload.find({
      collection: 'workflow-audit-log' as never,
      where: { and: [{ item: { equals: String(id) } }, { action: { equals: 'edit-reset' } }] },
      overrideAccess: true,
    })
    expect(audit.totalDocs).toBe(1)
  })
})

describe('GraphQL and the Local API with access control', () => {
  it('refuses publishing through a GraphQL mutation', async () => {
    const id = await draftPost()
    // The schema Payload's /api/graphql route serves, run with the editor's request.
    const { schema } = configToSchema(site.config)
    const user = await site.payload.findByID({ collection: 'users', id: editor.id, overrideAccess: true })
    const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, site.payload)
    const result = await graphql({
      schema,
      source: `mutation { updatePost(id: ${JSON.stringify(id)}, data: { _status: published }) { id _status } }`,
      contextValue: { req, headers: {} },
    })
    expect(result.errors?.[0]?.message).toMatch(/workflow|审核流程/)
    expect((await live(id))._status).toBe('draft')
  })

  it('applies the same rules to actions called from server code', async () => {
    const id = await draftPost()
    const asUser = async (user: TestUser) =>
      (await site.payload.findByID({ collection: 'users', id: user.id, overrideAccess: true })) as never
    await workflowAction(site.payload, { collection: 'posts', id, action: 'submit', user: await asUser(editor) })
    await expect(
      workflowAction(site.payload, { collection: 'posts', id, action: 'approve', user: await asUser(editor) }),
    ).rejects.toMatchObject({ status: 403 })
    const approved = await workflowAction(site.payload, {
      collection: 'posts',
      id,
      action: 'approve',
      user: await asUser(reviewer),
      comment: '同意',
    })
    expect(approved.workflow).toMatchObject({ state: 'in-review', step: 1 })
  })

  it('refuses publishing through the Local API with overrideAccess: false', async () => {
    const id = await draftPost()
    const user = await site.payload.findByID({ collection: 'users', id: editor.id, overrideAccess: true })
    await expect(
      site.payload.update({
        collection: 'posts' as never,
        id,
        data: { _status: 'published' } as never,
        overrideAccess: false,
        user,
      }),
    ).rejects.toThrow(/workflow|审核流程/)
    await expect(
      site.payload.update({
        collection: 'posts' as never,
        id,
        data: { workflow: { state: 'approved' } } as never,
        overrideAccess: false,
        user,
      }),
    ).rejects.toThrow(/workflow|审核流程/)
    expect((await live(id))._status).toBe('draft')
  })
})
