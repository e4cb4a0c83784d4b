import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Notice } from '../../payload-types'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'

/** The workflow as the reference site applies it: notices and gazette issues, 初审 (reviewer) → 终审 (admin). */
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
      data: { name: '示范区审核测试局', orgCode: 'WF0000001X' },
      overrideAccess: true,
    })
  ).id
  column = (
    await site.payload.create({
      collection: 'columns',
      data: { name: '通知公告', slug: 'tzgg-wf', kind: 'notices' },
      overrideAccess: true,
    })
  ).id
})
afterAll(async () => site?.close())

const act = (path: string, action: string, user: TestUser, body: object = {}) =>
  site.rest('POST', `/${path}/workflow/${action}`, { token: user.token, body })

describe('notices in the reference site', () => {
  it('go from an editor’s draft through 初审 and 终审 to the public API, with the system’s publish date', async () => {
    const created = await site.rest('POST', '/notices?draft=true', {
      token: editor.token,
      body: { title: '关于2026年度征兵工作的通告', type: 'announcement', primaryColumn: column, department },
    })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as { doc: Notice }).doc.id
    const path = `notices/${id}`
    expect(
      (await site.rest('PATCH', `/notices/${id}`, { token: editor.token, body: { _status: 'published' } })).status,
    ).toBe(403)
    expect((await act(path, 'submit', editor)).status).toBe(200)
    expect((await act(path, 'approve', editor)).status).toBe(403)
    expect((await act(path, 'approve', reviewer, { comment: '初审通过' })).status).toBe(200)
    expect((await act(path, 'publish', admin)).status).toBe(409)
    expect((await act(path, 'approve', admin, { comment: '同意发布' })).status).toBe(200)
    const before = Date.now()
    expect((await act(path, 'publish', admin)).status).toBe(200)

    const response = await site.rest('GET', `/notices/${id}`)
    expect(response.status).toBe(200)
    const notice = (await response.json()) as Notice & { workflow?: unknown }
    expect(notice.title).toBe('关于2026年度征兵工作的通告')
    expect(notice.workflow).toBeUndefined()
    expect(Date.parse(notice.publishedAt!)).toBeGreaterThanOrEqual(before - 1000)

    const audit = await site.payload.find({
      collection: 'workflow-audit-log',
      where: { and: [{ itemCollection: { equals: 'notices' } }, { item: { equals: String(id) } }] },
      sort: 'at',
      overrideAccess: true,
    })
    expect(audit.docs.map((entry) => entry.action)).toEqual(['submit', 'approve', 'approve', 'publish'])
    expect(audit.docs.map((entry) => entry.stepName)).toEqual([null, '初审', '终审', null])
  })

  it('keeps a withdrawn notice readable with its explanation and hides a removed one', async () => {
    const notice = await site.payload.create({
      collection: 'notices',
      data: { title: '拟撤回的公示', type: 'publicity', primaryColumn: column, department, _status: 'published' },
      overrideAccess: true,
    })
    const withdrawn = await act(`notices/${notice.id}`, 'withdraw', admin, {
      reason: '公示期调整，另行公示',
      mode: 'withdrawn',
    })
    expect(withdrawn.status).toBe(200)
    const read = (await (await site.rest('GET', `/notices/${notice.id}`)).json()) as Notice
    expect(read.withdrawal).toMatchObject({ mode: 'withdrawn', reason: '公示期调整，另行公示' })
    expect(read.publishedAt).toBe(notice.publishedAt)

    await act(`notices/${notice.id}`, 'restore', admin)
    await act(`notices/${notice.id}`, 'withdraw', admin, { reason: '依法撤销', mode: 'removed' })
    expect((await site.rest('GET', `/notices/${notice.id}`)).status).toBe(404)
  })

  it('lists what awaits each user in the review queue', async () => {
    const created = await site.rest('POST', '/notices?draft=true', {
      token: editor.token,
      body: { title: '待审核的通知', type: 'notification', primaryColumn: column, department },
    })
    const id = ((await created.json()) as { doc: Notice }).doc.id
    await act(`notices/${id}`, 'submit', editor)
    const queue = async (user: TestUser) =>
      (
        (await (await site.rest('GET', '/workflow/queue', { token: user.token })).json()) as { docs: { id: string }[] }
      ).docs.map((doc) => doc.id)
    expect(await queue(reviewer)).toContain(String(id))
    expect(await queue(editor)).not.toContain(String(id))
    expect(await queue(admin)).not.toContain(String(id))
    await act(`notices/${id}`, 'approve', reviewer)
    expect(await queue(admin)).toContain(String(id))
    expect(await queue(reviewer)).not.toContain(String(id))
  })
})

describe('gazette issues in the reference site', () => {
  it('are published through the same chain, and the issue’s own publishing rules still apply', async () => {
    const draft = await site.payload.create({
      collection: 'notices',
      data: { title: '未发布的目录条目', type: 'notification', primaryColumn: column, department },
      draft: true,
      overrideAccess: true,
    })
    const created = await site.rest('POST', '/gazette-issues?draft=true', {
      token: editor.token,
      body: { year: 2026, number: 9, sections: [{ heading: '区政府文件', entries: [{ notice: draft.id }] }] },
    })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    const path = `gazette-issues/${id}`
    expect((await act(path, 'submit', editor)).status).toBe(200)
    expect((await act(path, 'approve', reviewer)).status).toBe(200)
    expect((await act(path, 'approve', admin)).status).toBe(200)
    // 目录 references an unpublished notice: the collection's own rule refuses, nothing changes.
    const refused = await act(path, 'publish', admin)
    expect(refused.status).toBe(400)
    expect((await site.rest('GET', `/gazette-issues/${id}`)).status).toBe(404)
    const audit = await site.payload.count({
      collection: 'workflow-audit-log',
      where: {
        and: [
          { itemCollection: { equals: 'gazette-issues' } },
          { item: { equals: String(id) } },
          { action: { equals: 'publish' } },
        ],
      },
      overrideAccess: true,
    })
    expect(audit.totalDocs).toBe(0)
  })
})
