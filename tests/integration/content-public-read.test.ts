import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Column, Department, GazetteIssue, Notice } from '../../payload-types'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import {
  graphqlClient,
  lexicalBody,
  makeColumn,
  makeDepartment,
  makeNotice,
  type GraphQLCall,
} from './content-fixtures'
import { createTestUser } from '../helpers/users'

/**
 * The public-read matrix on the reference site (workflow, hits and mailboxes plugins applied):
 * anonymous × each collection × list / by id / depth / versions / draft=true / GraphQL / search.
 */
let site: TestSite
let department: Department
let column: Column
let hiddenColumn: Column
let live: Notice // published, 主动公开
let liveWithDraft: Notice // published, then a newer draft
let onApplication: Notice // published, 依申请公开
let draftOnly: Notice
let replacing: Notice // published, validity.replacedBy → draftOnly
let issue: GazetteIssue // published, references live
let draftIssue: GazetteIssue

/** Text that only non-public content holds: none of it may ever reach an anonymous reader. */
const secrets = [
  '草稿独有标题',
  '依申请公开的信息',
  '内部编辑备注',
  '尚未发布的规范性文件',
  '未发布的政报',
  '新草稿里的秘密修改',
]

let graphql: GraphQLCall
let releaseGraphql: (() => void) | undefined

beforeAll(async () => {
  site = await startTestSite()
  department = await makeDepartment(site)
  column = await makeColumn(site, { name: '通知公告', slug: 'tzgg' })
  hiddenColumn = await makeColumn(site, { name: '隐藏栏目', slug: 'hidden', hiddenFromNav: true })
  live = await makeNotice(site, {
    title: '关于公开征求意见的公告',
    primaryColumn: column.id,
    columns: [hiddenColumn.id],
    department: department.id,
    editorNotes: '内部编辑备注',
    body: lexicalBody('公开正文'),
  })
  liveWithDraft = await makeNotice(site, { title: '已发布的通知', primaryColumn: column.id, department: department.id })
  await site.payload.update({
    collection: 'notices',
    id: liveWithDraft.id,
    data: { title: '新草稿里的秘密修改', _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
  onApplication = await makeNotice(site, {
    title: '依申请公开的信息',
    primaryColumn: column.id,
    department: department.id,
    disclosureMode: 'on-application',
  })
  draftOnly = await makeNotice(
    site,
    { title: '草稿独有标题 尚未发布的规范性文件', primaryColumn: column.id, department: department.id },
    { draft: true },
  )
  replacing = await makeNotice(site, {
    title: '被替代的规范性文件',
    type: 'normative',
    primaryColumn: column.id,
    department: department.id,
    validity: { status: 'abolished', changedOn: '2026-01-01T00:00:00.000Z', replacedBy: draftOnly.id },
  })
  issue = await site.payload.create({
    collection: 'gazette-issues',
    data: {
      year: 2026,
      number: 1,
      totalNumber: 1,
      _status: 'published',
      sections: [{ heading: '区政府文件', entries: [{ notice: live.id }, { notice: replacing.id }] }],
    },
    overrideAccess: true,
  })
  draftIssue = await site.payload.create({
    collection: 'gazette-issues',
    data: { year: 2026, number: 2, title: '未发布的政报', _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
  // A notice that stops being public after the issue was published must not leak through it.
  await site.payload.update({
    collection: 'notices',
    id: replacing.id,
    data: { disclosureMode: 'not-disclosed' },
    overrideAccess: true,
  })

  const client = await graphqlClient(site)
  graphql = client.call
  releaseGraphql = client.release
})
afterAll(async () => {
  releaseGraphql?.()
  await site?.close()
})

const anonymous = async (path: string) => {
  const response = await site.rest('GET', path)
  const text = await response.text()
  return { status: response.status, text, json: text ? JSON.parse(text) : null }
}
const expectNoSecrets = (text: string) => {
  for (const secret of secrets) expect(text).not.toContain(secret)
}

describe('anonymous REST reads of notices', () => {
  it('lists only published 主动公开 items, without internal fields', async () => {
    const { status, json, text } = await anonymous('/notices?limit=100&depth=2')
    expect(status).toBe(200)
    const ids = json.docs.map((doc: Notice) => doc.id)
    expect(ids).toEqual(expect.arrayContaining([live.id, liveWithDraft.id]))
    expect(ids).not.toContain(onApplication.id)
    expect(ids).not.toContain(draftOnly.id)
    expect(ids).not.toContain(replacing.id)
    expectNoSecrets(text)
    const shown = json.docs.find((doc: Notice) => doc.id === live.id)
    expect(shown.editorNotes).toBeUndefined()
    expect(shown.bodyText).toBeUndefined()
    expect(shown.indexNumber).toMatch(/^T\w+\/\d{4}-\d{5}$/)
    expect(json.docs.find((doc: Notice) => doc.id === liveWithDraft.id).title).toBe('已发布的通知')
  })

  it('answers 404 for non-public items by id, and the published content only with draft=true', async () => {
    for (const id of [onApplication.id, draftOnly.id, replacing.id]) {
      expect((await anonymous(`/notices/${id}`)).status).toBe(404)
      expect((await anonymous(`/notices/${id}?draft=true`)).status).toBe(404)
    }
    const withDraft = await anonymous(`/notices/${liveWithDraft.id}?draft=true`)
    expect(withDraft.status).toBe(200)
    expect(withDraft.json.title).toBe('已发布的通知')
    const list = await anonymous('/notices?draft=true&limit=100')
    expectNoSecrets(list.text)
    expect(list.json.docs.map((doc: Notice) => doc.id)).not.toContain(draftOnly.id)
  })

  it('does not populate non-public relations at any depth', async () => {
    const { status, text } = await anonymous(`/notices/${live.id}?depth=3`)
    expect(status).toBe(200)
    expectNoSecrets(text)
    const published = await makeNotice(site, {
      title: '引用草稿的规范性文件',
      type: 'normative',
      primaryColumn: column.id,
      department: department.id,
      validity: { status: 'amended', changedOn: '2026-02-01T00:00:00.000Z', replacedBy: draftOnly.id },
    })
    const populated = await anonymous(`/notices/${published.id}?depth=2`)
    expect(populated.status).toBe(200)
    expectNoSecrets(populated.text)
    expect(populated.json.validity.status).toBe('amended')
  })

  it('cannot probe internal fields or drafts through where queries', async () => {
    const notes = await anonymous(`/notices?where[editorNotes][contains]=${encodeURIComponent('内部')}`)
    expect(notes.status === 200 ? notes.json.docs : []).toEqual([])
    expectNoSecrets(notes.text)
    const drafts = await anonymous('/notices?where[_status][equals]=draft')
    expect(drafts.json.docs ?? []).toEqual([])
  })

  it('refuses the versions endpoints', async () => {
    expect((await anonymous('/notices/versions')).status).toBe(403)
    const versions = await site.payload.findVersions({
      collection: 'notices',
      where: { parent: { equals: liveWithDraft.id } },
      overrideAccess: true,
    })
    expect(versions.docs.length).toBeGreaterThan(0)
    const one = await anonymous(`/notices/versions/${versions.docs[0].id}`)
    expect([403, 404]).toContain(one.status)
    expectNoSecrets(one.text)
  })
})

describe('anonymous REST reads of gazette issues, columns and topic categories', () => {
  it('shows published issues only and never a non-public notice in their contents', async () => {
    const list = await anonymous('/gazette-issues?depth=2')
    expect(list.status).toBe(200)
    expect(list.json.docs.map((doc: GazetteIssue) => doc.id)).toEqual([issue.id])
    expectNoSecrets(list.text)
    expect(list.text).toContain('关于公开征求意见的公告')
    expect(list.text).not.toContain('被替代的规范性文件')
    expect((await anonymous(`/gazette-issues/${draftIssue.id}`)).status).toBe(404)
    expect((await anonymous(`/gazette-issues/${draftIssue.id}?draft=true`)).status).toBe(404)
    expect((await anonymous('/gazette-issues/versions')).status).toBe(403)
  })

  it('shows every column (navigation), including hidden ones marked as such', async () => {
    const { status, json } = await anonymous('/columns?limit=100')
    expect(status).toBe(200)
    expect(json.docs.find((doc: Column) => doc.id === hiddenColumn.id).hiddenFromNav).toBe(true)
    expect((await anonymous('/topic-categories')).status).toBe(200)
  })

  it('refuses anonymous writes', async () => {
    expect((await site.rest('POST', '/notices', { body: { title: 'x' } })).status).toBe(403)
    expect((await site.rest('POST', '/gazette-issues', { body: { year: 2026, number: 9 } })).status).toBe(403)
    expect((await site.rest('POST', '/columns', { body: { name: 'x', slug: 'x' } })).status).toBe(403)
    expect((await site.rest('PATCH', `/notices/${live.id}`, { body: { title: 'x' } })).status).toBe(403)
  })
})

describe('anonymous GraphQL reads', () => {
  it('lists only public notices, without internal fields or drafts', async () => {
    const { status, body } = await graphql(`
      {
        Notices(limit: 100, draft: true) {
          docs {
            id
            title
            indexNumber
            validity {
              replacedBy {
                title
              }
            }
          }
        }
        GazetteIssues(draft: true) {
          docs {
            id
            title
            sections {
              entries {
                notice {
                  title
                }
              }
            }
          }
        }
      }
    `)
    expect(status).toBe(200)
    const text = JSON.stringify(body)
    expectNoSecrets(text)
    expect(text).toContain('关于公开征求意见的公告')
    expect(text).not.toContain('被替代的规范性文件')
    const ids = (body.data!.Notices as { docs: { id: number }[] }).docs.map((doc) => doc.id)
    expect(ids).toContain(live.id)
    expect(ids).not.toContain(draftOnly.id)
    expect((body.data!.GazetteIssues as { docs: { id: number }[] }).docs.map((doc) => doc.id)).toEqual([issue.id])
  })

  it('finds nothing non-public by id and refuses versions and internal fields', async () => {
    const byId = await graphql(`{ Notice(id: ${draftOnly.id}, draft: true) { title } }`)
    expectNoSecrets(JSON.stringify(byId.body))
    expect(byId.body.data?.Notice ?? null).toBeNull()
    const versions = await graphql(`
      {
        versionsNotices {
          docs {
            id
            version {
              title
            }
          }
        }
      }
    `)
    expect(versions.body.errors?.length).toBeGreaterThan(0)
    expectNoSecrets(JSON.stringify(versions.body))
    const notes = await graphql(`{ Notice(id: ${live.id}) { title editorNotes } }`)
    expect(JSON.stringify(notes.body)).not.toContain('内部编辑备注')
  })

  it('refuses anonymous mutations', async () => {
    const mutation = await graphql(`mutation { updateNotice(id: ${live.id}, data: { title: "篡改" }) { title } }`)
    expect(mutation.body.errors?.length).toBeGreaterThan(0)
    const stored = await site.payload.findByID({ collection: 'notices', id: live.id, overrideAccess: true })
    expect(stored.title).toBe('关于公开征求意见的公告')
  })
})

describe('publish date on the reference site (with the workflow plugin)', () => {
  it('refuses an editor faking the publish date through REST and GraphQL', async () => {
    const editor = await createTestUser(site, ['editor'])
    const faked = '2020-01-01T00:00:00.000Z'
    const rest = await site.rest('PATCH', `/notices/${live.id}`, { token: editor.token, body: { publishedAt: faked } })
    expect(rest.status).toBeGreaterThanOrEqual(400)
    expect(rest.status).toBeLessThan(500)
    const viaGraphql = await graphql(
      `mutation { updateNotice(id: ${live.id}, data: { publishedAt: "${faked}" }) { publishedAt } }`,
      editor.token,
    )
    expect(viaGraphql.body.errors?.length).toBeGreaterThan(0)
    const stored = await site.payload.findByID({ collection: 'notices', id: live.id, overrideAccess: true })
    expect(stored.publishedAt).toBe(live.publishedAt)
  })
})

describe('search finds only public items', () => {
  it('never returns drafts, 依申请公开 or withdrawn items', async () => {
    for (const q of ['草稿独有', '依申请公开', '秘密修改', '被替代', '公告']) {
      const { status, text } = await anonymous(`/search?q=${encodeURIComponent(q)}`)
      expect(`${status} ${text}`).toMatch(/^200 /)
      expectNoSecrets(text)
      expect(text).not.toContain('被替代的规范性文件')
    }
  })
})
