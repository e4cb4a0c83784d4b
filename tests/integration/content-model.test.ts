import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Column, Department, Notice } from '../../payload-types'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'
import {
  contentOnlyConfig,
  graphqlClient,
  lexicalBody,
  makeColumn,
  makeDepartment,
  makeNotice,
} from './content-fixtures'

let site: TestSite
let admin: TestUser
let editor: TestUser
let department: Department
let column: Column

beforeAll(async () => {
  site = await startTestSite({ config: contentOnlyConfig })
  admin = await createTestUser(site, ['admin'])
  editor = await createTestUser(site, ['editor'])
  department = await makeDepartment(site)
  column = await makeColumn(site, { name: '通知公告', slug: 'tzgg' })
})
afterAll(async () => site?.close())

const json = async (response: Response) => (await response.json()) as Record<string, unknown> & { doc?: Notice }
const count = async (collection: 'notices' | 'gazette-issues' | 'columns') =>
  (await site.payload.count({ collection, overrideAccess: true })).totalDocs

describe('columns (栏目)', () => {
  it('builds the path and breadcrumbs from the parents’ slugs, and updates children when a parent moves', async () => {
    const root = await makeColumn(site, { name: '政务公开', slug: 'zwgk', kind: 'guide' })
    const child = await makeColumn(site, { name: '部门信息', slug: 'bmxx', parent: root.id })
    const grandchild = await makeColumn(site, { name: '财政资金', slug: 'czzj', parent: child.id })
    const read = (id: Column['id']) => site.payload.findByID({ collection: 'columns', id, depth: 0 })
    expect((await read(grandchild.id)).path).toBe('zwgk/bmxx/czzj')
    expect((await read(grandchild.id)).breadcrumbs?.map((crumb) => crumb.label)).toEqual([
      '政务公开',
      '部门信息',
      '财政资金',
    ])
    await site.payload.update({ collection: 'columns', id: root.id, data: { slug: 'gk' }, overrideAccess: true })
    expect((await read(grandchild.id)).path).toBe('gk/bmxx/czzj')
  })

  it('refuses a duplicate path, a bad slug and a parent loop, naming the field', async () => {
    const duplicate = await site.rest('POST', '/columns', { token: admin.token, body: { name: '重复', slug: 'tzgg' } })
    expect(duplicate.status).toBe(400)
    expect(JSON.stringify(await duplicate.json())).toMatch(/path/)
    const badSlug = await site.rest('POST', '/columns', { token: admin.token, body: { name: '坏', slug: 'Bad Slug' } })
    expect(badSlug.status).toBe(400)
    expect(JSON.stringify(await badSlug.json())).toMatch(/slug/)
    const parent = await makeColumn(site, { name: '甲', slug: 'loop-a' })
    const child = await makeColumn(site, { name: '乙', slug: 'loop-b', parent: parent.id })
    const loop = await site.rest('PATCH', `/columns/${parent.id}`, { token: admin.token, body: { parent: child.id } })
    expect(loop.status).toBe(400)
    expect(JSON.stringify(await loop.json())).toMatch(/parent|上级/)
    const self = await site.rest('PATCH', `/columns/${parent.id}`, { token: admin.token, body: { parent: parent.id } })
    expect(self.status).toBe(400)
  })

  it('lets only administrators change columns', async () => {
    // Every staff role but admin is refused creating, renaming and deleting; the administrator
    // then does all three (a rule refusing everyone would fail here).
    const others = [editor, await createTestUser(site, ['reviewer', 'analyst', 'mailbox-handler'])]
    for (const user of others) {
      const created = await site.rest('POST', '/columns', { token: user.token, body: { name: '编辑栏目', slug: 'bj' } })
      expect(created.status).toBe(403)
      const renamed = await site.rest('PATCH', `/columns/${column.id}`, { token: user.token, body: { name: '改名' } })
      expect(renamed.status).toBe(403)
      expect((await site.rest('DELETE', `/columns/${column.id}`, { token: user.token })).status).toBe(403)
    }
    const unchanged = await site.payload.findByID({ collection: 'columns', id: column.id, overrideAccess: true })
    expect(unchanged.name).toBe(column.name)

    const created = await site.rest('POST', '/columns', {
      token: admin.token,
      body: { name: '管理员栏目', slug: 'gly' },
    })
    expect(created.status).toBe(201)
    const id = (await created.json()).doc.id
    const renamed = await site.rest('PATCH', `/columns/${id}`, {
      token: admin.token,
      body: { name: '管理员栏目（改）' },
    })
    expect(renamed.status).toBe(200)
    expect((await site.rest('DELETE', `/columns/${id}`, { token: admin.token })).status).toBe(200)
  })

  it('refuses deleting a column that still holds items or sub-columns, and deletes an empty one', async () => {
    const full = await makeColumn(site, { name: '有内容', slug: 'full' })
    await makeNotice(site, { primaryColumn: column.id, columns: [full.id], department: department.id })
    const refused = await site.rest('DELETE', `/columns/${full.id}`, { token: admin.token })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(await refused.json())).toMatch(/1 条信息|1 items/)
    const parent = await makeColumn(site, { name: '有下级', slug: 'has-kids' })
    await makeColumn(site, { name: '下级', slug: 'kid', parent: parent.id })
    expect((await site.rest('DELETE', `/columns/${parent.id}`, { token: admin.token })).status).toBe(409)
    const empty = await makeColumn(site, { name: '空栏目', slug: 'empty' })
    expect((await site.rest('DELETE', `/columns/${empty.id}`, { token: admin.token })).status).toBe(200)
  })

  it('marks a topical column archived once its end date has passed, and keeps it readable', async () => {
    const ended = await makeColumn(site, {
      name: '征地拆迁',
      slug: 'zdcq',
      kind: 'topical',
      topical: { startsOn: '2024-01-01T00:00:00.000Z', endsOn: '2024-12-31T00:00:00.000Z' },
    })
    const running = await makeColumn(site, {
      name: '创建全国文明乡村',
      slug: 'wmxc',
      kind: 'topical',
      topical: { startsOn: '2024-01-01T00:00:00.000Z', endsOn: '2999-12-31T00:00:00.000Z' },
    })
    const response = await site.rest('GET', `/columns/${ended.id}`)
    expect(response.status).toBe(200)
    expect((await response.json()).archived).toBe(true)
    expect((await (await site.rest('GET', `/columns/${running.id}`)).json()).archived).toBe(false)
  })

  it('carries the update rules as configuration', () => {
    const rules = site.payload.collections.columns.config.custom?.updateRules
    expect(rules.news.maxDaysWithoutUpdate).toBe(14)
    expect(rules.guide).toBeNull()
  })
})

describe('notices: validation', () => {
  const base = () => ({
    title: '关于某事项的公告',
    type: 'announcement',
    primaryColumn: column.id,
    department: department.id,
  })

  it.each([
    ['summary', { summary: '字'.repeat(101) }],
    ['documentNumber', { documentNumber: '某政发2025年12号' }],
    ['primaryColumn', { primaryColumn: undefined }],
    ['commentPeriod.endsOn', { type: 'publicity', commentPeriod: { startsOn: '2026-03-10', endsOn: '2026-03-01' } }],
    ['validity.changedOn', { type: 'normative', validity: { status: 'abolished' } }],
    ['type', { type: 'rumour' }],
  ])('refuses a bad %s with a 400 naming the field and saves nothing', async (field, patch) => {
    const before = await count('notices')
    const response = await site.rest('POST', '/notices', { token: editor.token, body: { ...base(), ...patch } })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain(field.split('.')[0])
    expect(await count('notices')).toBe(before)
  })

  it('accepts a document number typed with other brackets and stores the catalogue form', async () => {
    const response = await site.rest('POST', '/notices', {
      token: editor.token,
      body: { ...base(), documentNumber: '示政发[2025]12号', summary: '字'.repeat(100) },
    })
    expect(response.status).toBe(201)
    expect((await json(response)).doc?.documentNumber).toBe('示政发〔2025〕12号')
  })

  it('reports the comment-period state (未开始 / 公示中 / 已结束)', async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString()
    const states = []
    for (const [startsOn, endsOn] of [
      [day(3), day(10)],
      [day(-3), day(3)],
      [day(-10), day(-3)],
    ]) {
      const notice = await makeNotice(site, {
        ...base(),
        type: 'publicity',
        commentPeriod: { startsOn, endsOn },
      } as never)
      const read = await (await site.rest('GET', `/notices/${notice.id}`)).json()
      states.push(read.commentPeriod.state)
    }
    expect(states).toEqual(['not-started', 'open', 'closed'])
  })

  it('keeps a plain-text copy of the body for search, never shown in the API', async () => {
    const notice = await makeNotice(site, { ...base(), body: lexicalBody('正文中的独特词语甲乙丙') } as never)
    const raw = await site.payload.db.findOne<{ id: number; bodyText?: string }>({
      collection: 'notices',
      where: { id: { equals: notice.id } },
    })
    expect(raw?.bodyText).toContain('独特词语甲乙丙')
    const shown = await (await site.rest('GET', `/notices/${notice.id}`, { token: editor.token })).json()
    expect(shown.bodyText).toBeUndefined()
  })
})

describe('notices: publish date (发布日期)', () => {
  it('is empty for a draft and set by the system at the first publication, then kept', async () => {
    const created = await site.rest('POST', '/notices?draft=true', {
      token: editor.token,
      body: { title: '草稿', type: 'notification', primaryColumn: column.id, department: department.id },
    })
    expect(created.status).toBe(201)
    const draft = (await json(created)).doc!
    expect(draft.publishedAt ?? null).toBeNull()
    const before = Date.now()
    const published = (
      await json(
        await site.rest('PATCH', `/notices/${draft.id}`, { token: editor.token, body: { _status: 'published' } }),
      )
    ).doc!
    const stamped = new Date(published.publishedAt!).getTime()
    expect(stamped).toBeGreaterThanOrEqual(before - 1000)
    expect(stamped).toBeLessThanOrEqual(Date.now() + 1000)
    // unpublish, edit as draft, publish again: still the first date
    await site.rest('PATCH', `/notices/${draft.id}`, { token: editor.token, body: { _status: 'draft' } })
    await site.rest('PATCH', `/notices/${draft.id}?draft=true`, { token: editor.token, body: { title: '改过的草稿' } })
    const again = (
      await json(
        await site.rest('PATCH', `/notices/${draft.id}`, { token: editor.token, body: { _status: 'published' } }),
      )
    ).doc!
    expect(again.publishedAt).toBe(published.publishedAt)
    // sending the same value back (as the admin form does) is fine
    const same = await site.rest('PATCH', `/notices/${draft.id}`, {
      token: editor.token,
      body: { publishedAt: published.publishedAt, title: '标题' },
    })
    expect(same.status).toBe(200)
  })

  it('refuses a faked publish date through REST create, REST update and the Local API with access on', async () => {
    const faked = '2020-01-01T00:00:00.000Z'
    const before = await count('notices')
    const create = await site.rest('POST', '/notices', {
      token: admin.token,
      body: {
        title: '伪造',
        type: 'other',
        primaryColumn: column.id,
        department: department.id,
        _status: 'published',
        publishedAt: faked,
      },
    })
    expect(create.status).toBe(400)
    expect(JSON.stringify(await create.json())).toMatch(/publishedAt/)
    expect(await count('notices')).toBe(before)

    const notice = await makeNotice(site, { primaryColumn: column.id, department: department.id })
    const update = await site.rest('PATCH', `/notices/${notice.id}`, {
      token: admin.token,
      body: { publishedAt: faked },
    })
    expect(update.status).toBe(400)
    expect(JSON.stringify(await update.json())).toMatch(/publishedAt/)

    await expect(
      site.payload.update({
        collection: 'notices',
        id: notice.id,
        data: { publishedAt: faked },
        overrideAccess: false,
        user: await site.payload.findByID({ collection: 'users', id: admin.id, overrideAccess: true }),
      }),
    ).rejects.toMatchObject({ status: 400 })
    const { call, release } = await graphqlClient(site)
    try {
      const viaGraphql = await call(
        `mutation { updateNotice(id: ${notice.id}, data: { publishedAt: "${faked}" }) { publishedAt } }`,
        admin.token,
      )
      expect(viaGraphql.body.errors?.[0]?.message).toMatch(/publishedAt|发布日期|invalid/i)
      const created = await call(
        `mutation { createNotice(data: { title: "伪造", type: other, primaryColumn: ${column.id}, department: ${department.id}, publishedAt: "${faked}" }) { id } }`,
        admin.token,
      )
      expect(created.body.errors?.length).toBeGreaterThan(0)
    } finally {
      release()
    }
    const stored = await site.payload.findByID({ collection: 'notices', id: notice.id, overrideAccess: true })
    expect(stored.publishedAt).toBe(notice.publishedAt)
    expect(await count('notices')).toBe(before + 1)
  })
})

describe('notices: index number (索引号)', () => {
  it('is generated at creation as {orgCode}/{year}-{5 digits}, in sequence per department', async () => {
    const own = await makeDepartment(site, '序号局')
    const year = Number(
      new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date()),
    )
    const first = await makeNotice(site, { primaryColumn: column.id, department: own.id }, { draft: true })
    const second = await makeNotice(site, { primaryColumn: column.id, department: own.id })
    expect(first.indexNumber).toBe(`${own.orgCode}/${year}-00001`)
    expect(second.indexNumber).toBe(`${own.orgCode}/${year}-00002`)
  })

  it('never changes: not by an editor sending a value, not by a change of department', async () => {
    const notice = await makeNotice(site, { primaryColumn: column.id, department: department.id })
    const sent = await site.rest('PATCH', `/notices/${notice.id}`, {
      token: editor.token,
      body: { indexNumber: 'X/2026-99999' },
    })
    expect(sent.status).toBe(400)
    expect(JSON.stringify(await sent.json())).toMatch(/indexNumber/)
    const onCreate = await site.rest('POST', '/notices', {
      token: editor.token,
      body: {
        title: '自带索引号',
        type: 'other',
        primaryColumn: column.id,
        department: department.id,
        indexNumber: 'X/2026-00001',
      },
    })
    expect(onCreate.status).toBe(400)
    const other = await makeDepartment(site, '另一局')
    const moved = await site.rest('PATCH', `/notices/${notice.id}`, {
      token: editor.token,
      body: { department: other.id },
    })
    expect(moved.status).toBe(200)
    expect((await json(moved)).doc?.indexNumber).toBe(notice.indexNumber)
    const selected = await site.payload.create({
      collection: 'notices',
      data: { title: '只取标题', type: 'other', primaryColumn: column.id, department: other.id },
      select: { title: true },
      draft: true,
      overrideAccess: true,
    })
    const stored = await site.payload.findByID({
      collection: 'notices',
      id: selected.id,
      overrideAccess: true,
      draft: true,
    })
    expect(stored.indexNumber).toMatch(new RegExp(`^${other.orgCode}/\\d{4}-00001$`))
    const duplicate = await site.payload.duplicate({
      collection: 'notices',
      id: notice.id,
      overrideAccess: true,
      draft: true,
    })
    expect(duplicate.indexNumber).not.toBe(notice.indexNumber)
    expect(duplicate.publishedAt ?? null).toBeNull()
  })
})
