import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Column, Department, GazetteIssue } from '../../payload-types'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'
import { contentOnlyConfig, makeColumn, makeDepartment, makeNotice } from './content-fixtures'

let site: TestSite
let editor: TestUser
let department: Department
let column: Column

beforeAll(async () => {
  site = await startTestSite({ config: contentOnlyConfig })
  editor = await createTestUser(site, ['editor'])
  department = await makeDepartment(site)
  column = await makeColumn(site, { name: '政策文件', slug: 'zcwj', kind: 'policy' })
})
afterAll(async () => site?.close())

const post = (body: Record<string, unknown>, query = '') =>
  site.rest('POST', `/gazette-issues${query}`, { token: editor.token, body })
const issues = async () => (await site.payload.count({ collection: 'gazette-issues', overrideAccess: true })).totalDocs
const docOf = async (response: Response) => ((await response.json()) as { doc: GazetteIssue }).doc

describe('gazette issues (政报)', () => {
  it('numbers the total after the previous issue unless an editor overrides it with a reason', async () => {
    const first = await post({ year: 2025, number: 6, totalNumber: 44 })
    expect(first.status).toBe(201)
    const next = await docOf(await post({ year: 2026, number: 1 }))
    expect(next.totalNumber).toBe(45)
    expect(next.title).toBe('2026年第1期（总第45期）')
    const skipped = await post({ year: 2026, number: 2, totalNumber: 50 })
    expect(skipped.status).toBe(400)
    expect(JSON.stringify(await skipped.json())).toMatch(/totalNumberReason/)
    const withReason = await post({ year: 2026, number: 2, totalNumber: 50, totalNumberReason: '2025年增刊4期' })
    expect(withReason.status).toBe(201)
    expect((await docOf(await post({ year: 2026, number: 3 }))).totalNumber).toBe(51)
  })

  it('refuses a second issue with the same year and number, and a duplicate total number', async () => {
    const before = await issues()
    const again = await post({ year: 2026, number: 1 })
    expect(again.status).toBe(400)
    expect(JSON.stringify(await again.json())).toMatch(/number/)
    const total = await post({ year: 2024, number: 1, totalNumber: 45, totalNumberReason: '补录' })
    expect(total.status).toBe(400)
    expect(JSON.stringify(await total.json())).toMatch(/totalNumber/)
    expect(await issues()).toBe(before)
  })

  it('needs a subject for a special issue (专刊)', async () => {
    const missing = await post({ year: 2026, number: 7, special: true })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(await missing.json())).toMatch(/specialSubject/)
    const ok = await post({ year: 2026, number: 7, special: true, specialSubject: '行政处罚裁量权基准专刊' })
    expect(ok.status).toBe(201)
  })

  it('refuses to publish an issue referencing an unpublished notice, naming it, and leaves no row', async () => {
    const draft = await makeNotice(
      site,
      { title: '尚未发布的通知', primaryColumn: column.id, department: department.id },
      { draft: true },
    )
    const published = await makeNotice(site, {
      title: '已发布的办法',
      primaryColumn: column.id,
      department: department.id,
    })
    const sections = [
      { heading: '区政府文件', entries: [{ notice: published.id }, { notice: draft.id }] },
      { heading: '其他', entries: [{ title: '不在网站上的文件', documentNumber: '示政发〔2026〕9号', page: 12 }] },
    ]
    const before = await issues()
    const refused = await post({ year: 2026, number: 8, sections, _status: 'published' })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain('尚未发布的通知')
    expect(await issues()).toBe(before)
    // as a draft it may be assembled; publishing waits for the notice
    const saved = await docOf(await post({ year: 2026, number: 8, sections }, '?draft=true'))
    const stillRefused = await site.rest('PATCH', `/gazette-issues/${saved.id}`, {
      token: editor.token,
      body: { _status: 'published' },
    })
    expect(stillRefused.status).toBe(400)
    await site.payload.update({
      collection: 'notices',
      id: draft.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    const ok = await site.rest('PATCH', `/gazette-issues/${saved.id}`, {
      token: editor.token,
      body: { _status: 'published' },
    })
    expect(ok.status).toBe(200)
    expect((await docOf(ok)).publishedAt).toBeTruthy()
  })

  it('refuses an entry with neither a notice nor a title', async () => {
    const response = await post({ year: 2026, number: 9, sections: [{ heading: '其他', entries: [{ page: 3 }] }] })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/title/)
  })
})
