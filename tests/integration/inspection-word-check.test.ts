import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Notice } from '../../payload-types'
import { recordRunnerHeartbeat } from '../../plugins/publish-workflow'
import { graphqlClient, makeColumn, makeDepartment } from './content-fixtures'
import { createMailboxes } from '../../plugins/mailboxes/testing/testConfig'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'
import { lexicalParagraphs } from '../../plugins/shared/richText/lexical'

/** Issue 15: the pre-publication word check (错敏词校对) on every path that publishes a notice. */
let site: TestSite
let admin: TestUser
let editor: TestUser
let reviewer: TestUser
let analyst: TestUser
let handler: TestUser
let mailbox: number | string
let column: number
let department: number

type Match = { field: string; start: number; end: number; word: string; kind: string; replacement: string | null }
type ErrorBody = { errors?: { message: string; data?: { wordCheck?: { matches: Match[] } } }[] }

const richText = (text: string) => lexicalParagraphs(text)

beforeAll(async () => {
  site = await startTestSite()
  admin = await createTestUser(site, ['admin'])
  editor = await createTestUser(site, ['editor'])
  reviewer = await createTestUser(site, ['reviewer'])
  analyst = await createTestUser(site, ['analyst'])
  handler = await createTestUser(site, ['mailbox-handler'])
  mailbox = (await createMailboxes(site, [handler.id]))[1].id
  department = (await makeDepartment(site, '校对测试局')).id
  column = (await makeColumn(site, { name: '通知公告', slug: 'tzgg-words' })).id
  for (const rule of [
    { kind: 'wrong', pattern: '扫黑险恶', replacement: '扫黑除恶' },
    { kind: 'forbidden', pattern: '绝密★' },
    { kind: 'official-name', pattern: '国务院办公室', replacement: '国务院办公厅' },
  ]) {
    const created = await site.rest('POST', '/word-rules', { token: admin.token, body: rule })
    expect(created.status).toBe(201)
  }
}, 180_000)
afterAll(async () => site?.close())

const act = (id: number | string, action: string, user: TestUser, body: object = {}) =>
  site.rest('POST', `/notices/${id}/workflow/${action}`, { token: user.token, body })

/** An editor's draft taken through 初审 and 终审: ready for the publisher. */
async function approvedNotice(data: Partial<Notice>): Promise<number> {
  const created = await site.rest('POST', '/notices?draft=true', {
    token: editor.token,
    body: { type: 'notification', primaryColumn: column, department, ...data },
  })
  expect(created.status).toBe(201)
  const id = ((await created.json()) as { doc: Notice }).doc.id
  expect((await act(id, 'submit', editor)).status).toBe(200)
  expect((await act(id, 'approve', reviewer)).status).toBe(200)
  expect((await act(id, 'approve', admin)).status).toBe(200)
  return id
}

const isPublic = async (id: number) => (await site.rest('GET', `/notices/${id}`)).status === 200
const auditOf = async (id: number) =>
  (
    await site.payload.find({
      collection: 'workflow-audit-log',
      where: { and: [{ itemCollection: { equals: 'notices' } }, { item: { equals: String(id) } }] },
      sort: 'at',
      overrideAccess: true,
    })
  ).docs

describe('the word list', () => {
  it('is maintained by admins; editors and reviewers read it; analysts and the public do not', async () => {
    const byEditor = await site.rest('POST', '/word-rules', {
      token: editor.token,
      body: { kind: 'forbidden', pattern: '编辑自加' },
    })
    expect(byEditor.status).toBe(403)
    expect((await site.rest('GET', '/word-rules', { token: editor.token })).status).toBe(200)
    expect((await site.rest('GET', '/word-rules', { token: reviewer.token })).status).toBe(200)
    const asAnalyst = (await (await site.rest('GET', '/word-rules', { token: analyst.token })).json()) as {
      docs?: unknown[]
    }
    expect(asAnalyst.docs ?? []).toHaveLength(0)
    expect((await site.rest('GET', '/word-rules')).status).toBe(403)
    const noRight = await site.rest('POST', '/word-rules', {
      token: admin.token,
      body: { kind: 'wrong', pattern: '错字' },
    })
    expect(noRight.status).toBe(400)
  })

  it('answers the check endpoint for staff with each match and its position', async () => {
    const response = await site.rest('POST', '/word-rules/check', {
      token: editor.token,
      body: { texts: { title: '深入开展扫黑险恶专项斗争' } },
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { matches: Match[] }
    expect(body.matches).toEqual([
      expect.objectContaining({ field: 'title', start: 4, end: 8, word: '扫黑险恶', replacement: '扫黑除恶' }),
    ])
    expect((await site.rest('POST', '/word-rules/check', { body: { texts: { t: '扫黑险恶' } } })).status).toBe(401)
  })
})

describe('publishing through the workflow', () => {
  it('refuses with 422 naming each word, its field and position; the item stays unpublished', async () => {
    const id = await approvedNotice({
      title: '关于深入开展扫黑险恶专项斗争的通知',
      body: richText('根据国务院办公室要求，现将有关事项通知如下。') as never,
    })
    const refused = await act(id, 'publish', admin)
    expect(refused.status).toBe(422)
    const error = ((await refused.json()) as ErrorBody).errors![0]
    expect(error.message).toContain('扫黑险恶')
    expect(error.message).toContain('扫黑除恶')
    expect(error.message).toContain('国务院办公室')
    expect(error.data?.wordCheck?.matches).toEqual([
      expect.objectContaining({ field: 'title', start: 6, end: 10, word: '扫黑险恶', kind: 'wrong' }),
      expect.objectContaining({ field: 'body', start: 2, end: 8, word: '国务院办公室', replacement: '国务院办公厅' }),
    ])
    expect(await isPublic(id)).toBe(false)
    expect((await auditOf(id)).map((entry) => entry.action)).not.toContain('publish')

    // Corrected by the editor, reviewed again, then published.
    const fixed = await site.rest('PATCH', `/notices/${id}`, {
      token: editor.token,
      body: {
        title: '关于深入开展扫黑除恶专项斗争的通知',
        body: richText('根据国务院办公厅要求，现将有关事项通知如下。'),
      },
    })
    expect(fixed.status).toBe(200)
    expect((await act(id, 'approve', reviewer)).status).toBe(200)
    expect((await act(id, 'approve', admin)).status).toBe(200)
    expect((await act(id, 'publish', admin)).status).toBe(200)
    expect(await isPublic(id)).toBe(true)
  })

  it('checks the summary and the document number too, and lets drafts with matches be saved', async () => {
    const id = await approvedNotice({
      title: '关于印发实施方案的通知',
      summary: '此件为绝密★文件摘要',
      documentNumber: '某政发〔2026〕1号',
    })
    const refused = await act(id, 'publish', admin)
    expect(refused.status).toBe(422)
    const matches = ((await refused.json()) as ErrorBody).errors![0].data!.wordCheck!.matches
    expect(matches).toEqual([expect.objectContaining({ field: 'summary', start: 3, word: '绝密★', kind: 'forbidden' })])
  })

  it('lets the final reviewer publish over a match with a written reason, recorded in the audit log', async () => {
    const id = await approvedNotice({ title: '引用原文“扫黑险恶”一词的更正说明' })
    const short = await act(id, 'publish', admin, { extensions: { wordCheckOverride: { reason: '好' } } })
    expect(short.status).toBe(400)
    const reason = '更正说明须引用原错误表述，经终审确认'
    const published = await act(id, 'publish', admin, { extensions: { wordCheckOverride: { reason } } })
    expect(published.status).toBe(200)
    expect(await isPublic(id)).toBe(true)
    const entry = (await auditOf(id)).find((e) => e.action === 'publish')!
    expect(entry.notes).toContain(reason)
    expect(entry.notes).toContain('扫黑险恶')
    expect(String(entry.user && typeof entry.user === 'object' ? entry.user.id : entry.user)).toBe(String(admin.id))
  })

  it('refuses an override from someone who is not a final reviewer, and on a schedule', async () => {
    const id = await approvedNotice({ title: '扫黑险恶（越权测试）' })
    // Editors cannot publish at all; a reviewer holding the publish step's role is not an override role.
    const byEditor = await act(id, 'publish', editor, {
      extensions: { wordCheckOverride: { reason: '编辑想直接发布' } },
    })
    expect(byEditor.status).toBe(403)
    await recordRunnerHeartbeat(site.payload, 'default')
    const at = new Date(Date.now() + 3600_000).toISOString()
    const scheduled = await act(id, 'schedule', admin, { at })
    expect(scheduled.status).toBe(422)
    const withOverride = await act(id, 'schedule', admin, {
      at,
      extensions: { wordCheckOverride: { reason: '定时发布时越过校对' } },
    })
    expect(withOverride.status).toBe(400)
    expect(await isPublic(id)).toBe(false)
  })
})

describe('every other way to publish', () => {
  it('REST, GraphQL and the Local API with access cannot publish; the trusted Local API is checked', async () => {
    const draft = await site.payload.create({
      collection: 'notices',
      data: { title: '绕过测试：扫黑险恶', type: 'notification', primaryColumn: column, department },
      draft: true,
      overrideAccess: true,
    })
    const rest = await site.rest('PATCH', `/notices/${draft.id}`, {
      token: admin.token,
      body: { _status: 'published' },
    })
    expect(rest.status).toBe(403)
    const { call, release } = await graphqlClient(site)
    try {
      const viaGraphql = await call(
        `mutation { updateNotice(id: ${draft.id}, data: { _status: published }) { id } }`,
        admin.token,
      )
      expect(viaGraphql.body.errors?.length).toBeGreaterThan(0)
    } finally {
      release()
    }
    const adminUser = await site.payload.findByID({ collection: 'users', id: admin.id, overrideAccess: true })
    await expect(
      site.payload.update({
        collection: 'notices',
        id: draft.id,
        data: { _status: 'published' },
        overrideAccess: false,
        user: adminUser,
      }),
    ).rejects.toMatchObject({ status: 403 })
    // Trusted server code may publish directly, but not past the word check.
    await expect(
      site.payload.update({
        collection: 'notices',
        id: draft.id,
        data: { _status: 'published' },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 422 })
    await expect(
      site.payload.create({
        collection: 'notices',
        data: {
          title: '直接创建：扫黑险恶',
          type: 'notification',
          primaryColumn: column,
          department,
          _status: 'published',
        },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 422 })
    expect(await isPublic(draft.id)).toBe(false)
  })

  it('a restored version is a draft, and publishing it is checked; a trusted restore that publishes is refused', async () => {
    // A published version that carries a word (published before the rule existed).
    const live = await site.payload.create({
      collection: 'notices',
      data: {
        title: '历史版本：国务院办公厅通知',
        type: 'notification',
        primaryColumn: column,
        department,
        _status: 'published',
      },
      overrideAccess: true,
    })
    await site.payload.update({
      collection: 'notices',
      id: live.id,
      data: { title: '历史版本：涉密标注绝密★件' },
      draft: true,
      overrideAccess: true,
    })
    const versions = await site.payload.findVersions({
      collection: 'notices',
      where: { parent: { equals: live.id } },
      sort: '-updatedAt',
      overrideAccess: true,
    })
    const bad = versions.docs.find((v) => v.version.title.includes('绝密★'))!
    expect((await site.rest('POST', `/notices/versions/${bad.id}`, { token: admin.token })).status).toBe(403)
    const asDraft = await site.rest('POST', `/notices/versions/${bad.id}?draft=true`, { token: admin.token })
    expect(asDraft.status).toBe(200)
    expect(((await (await site.rest('GET', `/notices/${live.id}`)).json()) as Notice).title).toBe(
      '历史版本：国务院办公厅通知',
    )
    expect((await act(live.id, 'submit', admin)).status).toBe(200)
    expect((await act(live.id, 'approve', reviewer)).status).toBe(200)
    expect((await act(live.id, 'approve', admin)).status).toBe(403) // the submitter cannot approve
    const other = await createTestUser(site, ['admin'])
    expect((await act(live.id, 'approve', other)).status).toBe(200)
    expect((await act(live.id, 'publish', other)).status).toBe(422)
    // A published version restored over the live one by server code is checked as well: an
    // old published text with a word that a rule added since now catches.
    const old = await site.payload.create({
      collection: 'notices',
      data: {
        title: '旧版本：沿用旧称谓甲',
        type: 'notification',
        primaryColumn: column,
        department,
        _status: 'published',
      },
      overrideAccess: true,
    })
    await site.payload.update({
      collection: 'notices',
      id: old.id,
      data: { title: '新版本：规范称谓', _status: 'published' },
      overrideAccess: true,
    })
    expect(
      (await site.rest('POST', '/word-rules', { token: admin.token, body: { kind: 'forbidden', pattern: '旧称谓甲' } }))
        .status,
    ).toBe(201)
    const oldVersion = (
      await site.payload.findVersions({
        collection: 'notices',
        where: { parent: { equals: old.id } },
        sort: 'createdAt',
        overrideAccess: true,
      })
    ).docs.find((v) => v.version.title.includes('旧称谓甲'))!
    await expect(
      site.payload.restoreVersion({ collection: 'notices', id: oldVersion.id, overrideAccess: true }),
    ).rejects.toMatchObject({ status: 422 })
    expect(((await (await site.rest('GET', `/notices/${old.id}`)).json()) as Notice).title).toBe('新版本：规范称谓')
    // Restored as a draft through REST (the Local API of Payload 3.90 has no draft restore), it
    // is not checked until it is published.
    const asDraftAgain = await site.rest('POST', `/notices/versions/${oldVersion.id}?draft=true`, {
      token: admin.token,
    })
    expect(asDraftAgain.status).toBe(200)
  })

  it('the scheduled publish job refuses an item that a rule added after scheduling now matches', async () => {
    const id = await approvedNotice({ title: '定时发布：关于启用新办公楼的公告' })
    await recordRunnerHeartbeat(site.payload, 'default')
    const at = new Date(Date.now() + 1500).toISOString()
    expect((await act(id, 'schedule', admin, { at })).status).toBe(200)
    const rule = await site.rest('POST', '/word-rules', {
      token: admin.token,
      body: { kind: 'wrong', pattern: '新办公楼', replacement: '新办公大楼' },
    })
    expect(rule.status).toBe(201)
    await new Promise((resolve) => setTimeout(resolve, Date.parse(at) - Date.now() + 100))
    await site.payload.jobs.run({ queue: 'default' })
    expect(await isPublic(id)).toBe(false)
    expect((await auditOf(id)).map((entry) => entry.action)).not.toContain('scheduled-publish')
    // The job ran and failed on the word (it is retried, then reported as a failed schedule).
    const jobs = await site.payload.find({ collection: 'payload-jobs', overrideAccess: true, pagination: false })
    expect(JSON.stringify(jobs.docs)).toContain('新办公楼')
  })

  it('leaves withdrawing a live item alone even when its text now matches a rule', async () => {
    const live = await site.payload.create({
      collection: 'notices',
      data: {
        title: '撤回测试：旧楼拆除公告',
        type: 'notification',
        primaryColumn: column,
        department,
        _status: 'published',
      },
      overrideAccess: true,
    })
    const rule = await site.rest('POST', '/word-rules', {
      token: admin.token,
      body: { kind: 'forbidden', pattern: '旧楼拆除' },
    })
    expect(rule.status).toBe(201)
    const withdrawn = await act(live.id, 'withdraw', admin, { mode: 'withdrawn', reason: '内容过时，予以撤回' })
    expect(withdrawn.status).toBe(200)
  })
})

describe('letter replies', () => {
  const patchLetter = (id: number | string, body: object) =>
    site.rest('PATCH', `/letters/${id}`, { token: handler.token, body })

  /** A letter taken by phone, answered with the given text and closed by its handler. */
  async function closedLetter(replyText: string): Promise<number | string> {
    const created = await site.rest('POST', '/letters', {
      token: handler.token,
      body: {
        mailbox,
        source: 'phone',
        category: 'suggestion',
        subject: '关于加强社会治安的建议',
        content: '建议加大对小区周边的巡逻力度。',
        writerName: '王五',
        phone: '0571-87654321',
        consentToPublish: true,
      },
    })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as { doc: { id: number | string } }).doc.id
    expect((await patchLetter(id, { state: 'accepted' })).status).toBe(200)
    expect((await patchLetter(id, { state: 'replied', reply: { text: replyText, department } })).status).toBe(200)
    expect((await patchLetter(id, { state: 'closed' })).status).toBe(200)
    return id
  }
  const publicOf = async (id: number | string) =>
    (await site.payload.findByID({ collection: 'letters', id, overrideAccess: true })).publication

  it('refuses to publish a reply with a match, naming the word and its position; nothing is made public', async () => {
    const id = await closedLetter('我区正深入开展扫黑险恶专项斗争，已加强巡逻。')
    const refused = await patchLetter(id, { publication: { published: true } })
    expect(refused.status).toBe(422)
    const error = ((await refused.json()) as ErrorBody).errors![0]
    expect(error.message).toContain('扫黑险恶')
    expect(error.message).toContain('扫黑除恶')
    expect(error.message).toContain('第 8 字')
    expect(error.data?.wordCheck?.matches).toEqual([
      expect.objectContaining({ field: 'reply.text', start: 7, end: 11, word: '扫黑险恶', replacement: '扫黑除恶' }),
    ])
    expect(await publicOf(id)).toMatchObject({ published: false, reply: null })

    // The handler corrects the reply, then it is published.
    expect((await patchLetter(id, { reply: { text: '我区正深入开展扫黑除恶专项斗争，已加强巡逻。' } })).status).toBe(
      200,
    )
    expect((await patchLetter(id, { publication: { published: true } })).status).toBe(200)
    expect(await publicOf(id)).toMatchObject({ published: true, reply: '我区正深入开展扫黑除恶专项斗争，已加强巡逻。' })
  })

  it('checks a published reply when its text changes, and lets a reply with matches be saved unpublished', async () => {
    const id = await closedLetter('已转交公安分局处理。')
    expect((await patchLetter(id, { publication: { published: true } })).status).toBe(200)
    const edited = await patchLetter(id, { reply: { text: '已转交公安分局处理，绝密★文件不予公开。' } })
    expect(edited.status).toBe(422)
    expect(JSON.stringify(await edited.json())).toContain('绝密★')
    expect(await publicOf(id)).toMatchObject({ published: true, reply: '已转交公安分局处理。' })
    // Taken offline, the draft of a reply may hold anything.
    expect((await patchLetter(id, { publication: { published: false } })).status).toBe(200)
    expect((await patchLetter(id, { reply: { text: '已转交公安分局处理，绝密★文件不予公开。' } })).status).toBe(200)
  })
})
