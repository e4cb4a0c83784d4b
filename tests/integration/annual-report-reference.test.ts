import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { flushHits, getHitRuntime } from '../../plugins/hit-counter'
import { localDay } from '../../plugins/shared/calendar/workingDays'
import type { Column } from '../../payload-types'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'

/**
 * The annual report as the reference site wires it: hits from the hit counter, mailbox figures
 * from the mailboxes, the notices' normative documents, and the draft work report into notices.
 */
let site: TestSite
let analyst: TestUser
let officer: TestUser
let column: Column
const year = Number(localDay(new Date(), 'Asia/Shanghai').slice(0, 4))
const browser = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(async () => {
  site = await startTestSite()
  const p = site.payload
  const root = await p.create({
    collection: 'columns',
    data: { name: '政务公开', slug: 'zwgk', kind: 'notices' } as Column,
    overrideAccess: true,
  })
  await p.create({
    collection: 'columns',
    data: { name: '政务要闻', slug: 'zwyw', kind: 'news', parent: root.id } as Column,
    overrideAccess: true,
  })
  column = await p.create({
    collection: 'columns',
    data: { name: '政府信息公开年度报告', slug: 'ndbg', kind: 'guide', parent: root.id } as Column,
    overrideAccess: true,
  })
  await p.create({
    collection: 'departments',
    data: { name: '区政府办公室', orgCode: '11000000' },
    overrideAccess: true,
  })
  await p.create({
    collection: 'mailboxes',
    data: { name: '区长信箱', slug: 'quzhang', leaderTitle: '区长', deadlineWorkingDays: 15, enabled: true, order: 0 },
    overrideAccess: true,
  })
  await getHitRuntime(p)!.publicIds.refresh()
  for (const ip of ['10.0.0.1', '10.0.0.2'])
    await site.rest('POST', '/hits', {
      body: { column: 'zwgk/zwyw' },
      headers: { 'user-agent': browser, 'x-gongkai-peer': ip },
    })
  await flushHits(p)
  analyst = await createTestUser(site, ['analyst'])
  officer = await createTestUser(site, ['disclosure-officer'])
}, 120_000)
afterAll(async () => site?.close())

it('a disclosure officer records a request; the public reads nothing of it', async () => {
  const response = await site.rest('POST', '/disclosure-requests', {
    token: officer.token,
    body: {
      subject: '本区年度财政预算执行情况',
      applicantType: 'natural-person',
      applicantName: '赵六',
      channel: 'online',
      receivedOn: new Date().toISOString(),
    },
  })
  expect(response.status).toBe(201)
  expect((await site.rest('GET', '/disclosure-requests')).status).toBe(403)
})

it('the report reads the hit counter and the mailboxes through the site’s wiring', async () => {
  const response = await site.rest('GET', `/annual-report/${year}`, { token: analyst.token })
  expect(response.status).toBe(200)
  const report = (await response.json()) as Json
  expect(report.table3.new.total).toBe(1)
  expect(report.table3.carriedForward.total).toBe(1)
  expect(report.figures.columnHits).toEqual([expect.objectContaining({ name: '政务要闻', hits: 2 })])
  expect(report.figures.mailboxes).toEqual([
    expect.objectContaining({ name: '区长信箱', received: 0, closed: 0, closureRate: null }),
  ])
  expect(report.ok).toBe(true)
  const website = (await (
    await site.rest('GET', `/annual-report/${year}/website`, { token: analyst.token })
  ).json()) as Json
  expect(website.rows.find((row: Json) => row.key === 'visits').value).toBe(2)
  expect((await site.rest('GET', `/annual-report/${year}`)).status).toBe(401)
})

it('generate: a draft work report in the annual-report column, not public until reviewed', async () => {
  const response = await site.rest('POST', `/annual-report/${year}/generate`, { token: analyst.token })
  expect(response.status).toBe(201)
  const drafts = await site.payload.find({ collection: 'notices', draft: true, overrideAccess: true, depth: 0 })
  expect(drafts.docs).toHaveLength(1)
  const [notice] = drafts.docs
  expect(notice).toMatchObject({ type: 'work-report', _status: 'draft' })
  expect(notice.primaryColumn).toBe(column.id)
  expect(JSON.stringify(notice.body)).toContain('"type":"table"')
  // Not public: the anonymous API does not see the draft.
  const anonymous = (await (await site.rest('GET', `/notices/${notice.id}`)).json()) as Json
  expect(anonymous.id).toBeUndefined()
})
