import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionBeforeOperationHook } from 'payload'

import type { Notice } from '../../payload-types'
import { graphqlClient, makeColumn, makeDepartment } from './content-fixtures'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'

/** Issue 11 items 3 and 9 and the "also check" list: deletion, status history, people, queries, races. */
let site: TestSite
let admin: TestUser
let editor: TestUser
let reviewer: TestUser
let analyst: TestUser
let handler: TestUser
let column: number
let department: number

beforeAll(async () => {
  site = await startTestSite()
  admin = await createTestUser(site, ['admin'])
  editor = await createTestUser(site, ['editor'])
  reviewer = await createTestUser(site, ['reviewer'])
  analyst = await createTestUser(site, ['analyst'])
  handler = await createTestUser(site, ['mailbox-handler'])
  department = (await makeDepartment(site, '安全审查局')).id
  column = (await makeColumn(site, { name: '通知公告', slug: 'tzgg-sec-wf' })).id
}, 180_000)
afterAll(async () => site?.close())

const act = (collection: string, id: number | string, action: string, user: TestUser, body: object = {}) =>
  site.rest('POST', `/${collection}/${id}/workflow/${action}`, { token: user.token, body })

const published = (data: Partial<Notice> = {}) =>
  site.payload.create({
    collection: 'notices',
    data: {
      title: '已发布的公告',
      type: 'announcement',
      primaryColumn: column,
      department,
      _status: 'published',
      ...data,
    } as Notice,
    overrideAccess: true,
  })

const draft = (data: Partial<Notice> = {}) =>
  site.payload.create({
    collection: 'notices',
    data: { title: '草稿公告', type: 'announcement', primaryColumn: column, department, ...data } as Notice,
    draft: true,
    overrideAccess: true,
  })

const exists = async (collection: 'notices' | 'gazette-issues', id: number) =>
  (await site.payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1

const auditActions = async (collection: string, id: number | string) =>
  (
    await site.payload.find({
      collection: 'workflow-audit-log',
      where: { and: [{ itemCollection: { equals: collection } }, { item: { equals: String(id) } }] },
      sort: 'at',
      overrideAccess: true,
    })
  ).docs.map((entry) => entry.action)

describe('deleting published items (item 3)', () => {
  it('refuses an editor deleting a published or once-published notice, one or in bulk, and says to withdraw', async () => {
    const live = await published({ title: '编辑不能删除的公告' })
    const once = await published({ title: '曾经发布的公告' })
    expect((await act('notices', once.id, 'unpublish', admin)).status).toBe(200)
    const own = await draft({ title: '编辑自己的草稿' })

    const single = await site.rest('DELETE', `/notices/${live.id}`, { token: editor.token })
    expect(single.status).toBe(403)
    expect(JSON.stringify(await single.json())).toMatch(/撤回|withdraw/)
    expect((await site.rest('DELETE', `/notices/${once.id}`, { token: editor.token })).status).toBe(403)
    const bulk = await site.rest('DELETE', `/notices?where[id][in]=${own.id},${live.id}`, { token: editor.token })
    expect(bulk.status).toBe(403)
    expect(await exists('notices', live.id)).toBe(true)
    expect(await exists('notices', once.id)).toBe(true)
    expect(await exists('notices', own.id)).toBe(true)

    const { call, release } = await graphqlClient(site)
    try {
      const viaGraphql = await call(`mutation { deleteNotice(id: ${live.id}) { id } }`, editor.token)
      expect(viaGraphql.body.errors?.length).toBeGreaterThan(0)
    } finally {
      release()
    }
    expect(await exists('notices', live.id)).toBe(true)
    // A draft that never went out is the editor's own to delete.
    expect((await site.rest('DELETE', `/notices/${own.id}`, { token: editor.token })).status).toBe(200)
  })

  it('lets an admin delete a published notice and gazette issue, with an audit entry each', async () => {
    const live = await published({ title: '管理员删除的公告' })
    expect((await site.rest('DELETE', `/notices/${live.id}`, { token: admin.token })).status).toBe(200)
    expect(await exists('notices', live.id)).toBe(false)
    expect(await auditActions('notices', live.id)).toEqual(['delete'])

    const issue = await site.payload.create({
      collection: 'gazette-issues',
      data: { year: 2032, number: 1, _status: 'published' },
      overrideAccess: true,
    })
    expect((await site.rest('DELETE', `/gazette-issues/${issue.id}`, { token: editor.token })).status).toBe(403)
    expect(
      (await site.rest('DELETE', `/gazette-issues?where[id][equals]=${issue.id}`, { token: editor.token })).status,
    ).toBe(403)
    expect(await exists('gazette-issues', issue.id)).toBe(true)
    expect(
      (await site.rest('DELETE', `/gazette-issues?where[id][equals]=${issue.id}`, { token: admin.token })).status,
    ).toBe(200)
    expect(await exists('gazette-issues', issue.id)).toBe(false)
    const entry = (
      await site.payload.find({
        collection: 'workflow-audit-log',
        where: { and: [{ itemCollection: { equals: 'gazette-issues' } }, { item: { equals: String(issue.id) } }] },
        overrideAccess: true,
      })
    ).docs[0]
    expect(entry).toMatchObject({ action: 'delete', userEmail: admin.email, fromState: 'published' })
  })
})

describe('workflow status and separation of duties (item 9)', () => {
  it('shows the review history only to roles that may read the audit log', async () => {
    const item = await draft({ title: '审核历史' })
    expect((await act('notices', item.id, 'submit', editor)).status).toBe(200)
    expect(
      (await act('notices', item.id, 'request-changes', reviewer, { comment: '请补充附件 机密意见' })).status,
    ).toBe(200)
    for (const user of [editor, reviewer, handler]) {
      expect((await site.rest('GET', '/workflow-audit-log', { token: user.token })).status).toBe(403)
      const status = await site.rest('GET', `/notices/${item.id}/workflow`, { token: user.token })
      const text = await status.text()
      expect(status.status).toBe(200)
      expect(text).not.toContain('机密意见')
      expect(text).not.toContain(reviewer.email)
    }
    for (const user of [admin, analyst]) {
      const status = await site.rest('GET', `/notices/${item.id}/workflow`, { token: user.token })
      expect(await status.text()).toContain('机密意见')
    }
  })

  it('does not let one person holding reviewer and admin clear both review steps', async () => {
    const both = await createTestUser(site, ['reviewer', 'admin'])
    const item = await draft({ title: '一人两审' })
    expect((await act('notices', item.id, 'submit', editor)).status).toBe(200)
    expect((await act('notices', item.id, 'approve', both)).status).toBe(200)
    const status = (await (await site.rest('GET', `/notices/${item.id}/workflow`, { token: both.token })).json()) as {
      allowedActions: string[]
    }
    expect(status.allowedActions).not.toContain('approve')
    const second = await act('notices', item.id, 'approve', both)
    expect(second.status).toBe(403)
    expect(JSON.stringify(await second.json())).toMatch(/审编分离|separation of duties/)
    // Another person clears the final step.
    expect((await act('notices', item.id, 'approve', admin)).status).toBe(200)
    expect((await act('notices', item.id, 'publish', both)).status).toBe(200)
  })
})

describe('also check: relationship queries reveal nothing the public cannot read', () => {
  it('refuses public queries through replacedBy and gazette entries into notices, REST and GraphQL', async () => {
    const hidden = await draft({ title: '尚未公开的替代文件甲乙丙' })
    const undisclosed = await published({ title: '不予公开的文件丁戊', disclosureMode: 'not-disclosed' })
    const old = await published({
      title: '旧规范性文件',
      type: 'normative',
      validity: { status: 'abolished', changedOn: '2026-01-01T00:00:00.000Z', replacedBy: hidden.id },
    })
    await site.payload
      .create({
        collection: 'gazette-issues',
        data: {
          year: 2033,
          number: 2,
          _status: 'published',
          sections: [{ heading: '区政府文件', entries: [{ title: '篇目', notice: undisclosed.id }] }],
        },
        overrideAccess: true,
        // The issue's own publishing rule would refuse the undisclosed entry; the system writes it here.
        context: {},
      })
      .catch(() => null)
    const probes = [
      `/notices?where[validity.replacedBy.title][equals]=${encodeURIComponent('尚未公开的替代文件甲乙丙')}`,
      `/notices?where[validity.replacedBy._status][equals]=draft`,
      `/notices?sort=validity.replacedBy.title`,
      `/gazette-issues?where[sections.entries.notice.title][like]=${encodeURIComponent('丁戊')}`,
      `/gazette-issues?where[or][0][sections.entries.notice.disclosureMode][equals]=not-disclosed`,
    ]
    for (const probe of probes) {
      const response = await site.rest('GET', probe)
      expect({ probe, status: response.status }).toEqual({ probe, status: 400 })
    }
    // Ids stay queryable; signed-in staff may query through relationships.
    expect((await site.rest('GET', `/notices?where[validity.replacedBy][equals]=${hidden.id}`)).status).toBe(200)
    const staff = await site.rest(
      'GET',
      `/notices?where[validity.replacedBy.title][equals]=${encodeURIComponent('尚未公开的替代文件甲乙丙')}`,
      { token: editor.token },
    )
    expect(((await staff.json()) as { docs: { id: number }[] }).docs.map((d) => d.id)).toEqual([old.id])
    const { call, release } = await graphqlClient(site)
    try {
      const result = await call(
        `{ Notices(where: { validity__replacedBy__title: { equals: "尚未公开的替代文件甲乙丙" } }) { docs { id } } }`,
      )
      const docs = (result.body.data?.Notices as { docs: unknown[] } | null)?.docs ?? []
      expect(docs).toEqual([])
    } finally {
      release()
    }
  })
})

describe('also check: nothing takes a live item offline or publishes unreviewed text', () => {
  const publicTitle = async (id: number) => {
    const response = await site.rest('GET', `/notices/${id}`)
    return response.status === 200 ? ((await response.json()) as Notice).title : response.status
  }

  it('restoring an old draft version keeps the live version live and unchanged', async () => {
    const item = await published({ title: '在线版本' })
    await site.rest('PATCH', `/notices/${item.id}?draft=true`, { token: editor.token, body: { title: '未审草稿' } })
    const versions = await site.payload.findVersions({
      collection: 'notices',
      where: { parent: { equals: item.id } },
      sort: 'createdAt',
      overrideAccess: true,
    })
    for (const version of versions.docs) {
      for (const user of [editor, admin]) {
        const restored = await site.rest('POST', `/notices/versions/${version.id}`, { token: user.token })
        expect(restored.status).toBe(403)
        expect(await publicTitle(item.id)).toBe('在线版本')
        const asDraft = await site.rest('POST', `/notices/versions/${version.id}?draft=true`, { token: user.token })
        // Any old revision, draft or once published, comes back as the pending draft, to be
        // reviewed again; the live version is not touched (checked next).
        expect(asDraft.status).toBe(200)
        expect(await publicTitle(item.id)).toBe('在线版本')
      }
    }
    const audit = await auditActions('notices', item.id)
    expect(audit).not.toContain('unpublish')
  })

  it('?unpublishAllLocales=true and a draft:false save by an editor leave the live version alone', async () => {
    const item = await published({ title: '不可下线' })
    for (const query of ['?unpublishAllLocales=true', '?draft=false&unpublishAllLocales=true', '?draft=false']) {
      const response = await site.rest('PATCH', `/notices/${item.id}${query}`, {
        token: editor.token,
        body: { title: '编辑改动', _status: 'draft' },
      })
      expect(response.status).toBeLessThan(500)
      expect(await publicTitle(item.id)).toBe('不可下线')
    }
  })

  it('an editor’s save landing while an admin publishes never publishes the unreviewed text', async () => {
    const item = await draft({ title: '已审核的文本' })
    expect((await act('notices', item.id, 'submit', editor)).status).toBe(200)
    expect((await act('notices', item.id, 'approve', reviewer)).status).toBe(200)
    expect((await act('notices', item.id, 'approve', admin)).status).toBe(200)
    const editorUser = await site.payload.findByID({ collection: 'users', id: editor.id, overrideAccess: true })
    // Deterministic race: the editor's save commits after the publish action has read the
    // item and decided, before it writes.
    let fired = false
    const inject: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
      const a = args as { draft?: boolean; id?: unknown }
      if (
        !fired &&
        operation === 'read' &&
        a.draft === false &&
        String(a.id) === String(item.id) &&
        req.user?.id === admin.id
      ) {
        fired = true
        await site.payload.update({
          collection: 'notices',
          id: item.id,
          data: { title: '未经审核的改动' },
          draft: true,
          overrideAccess: false,
          user: editorUser,
        })
      }
      return args
    }
    const hooks = site.payload.collections.notices.config.hooks
    hooks.beforeOperation.unshift(inject)
    let status: number
    try {
      status = (await act('notices', item.id, 'publish', admin)).status
    } finally {
      hooks.beforeOperation.splice(hooks.beforeOperation.indexOf(inject), 1)
    }
    expect(fired).toBe(true)
    const title = await publicTitle(item.id)
    expect(title).not.toBe('未经审核的改动')
    if (status === 200) expect(title).toBe('已审核的文本')
    else expect(status).toBe(409)
  })
})
