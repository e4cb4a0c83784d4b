import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { addWorkingDays, localDay } from '../../shared/calendar/workingDays'
import { replyDeadline } from '../lib/deadline'

import { startTestSite, type TestSite } from '../../shared/testing/testSite'
import { createTestUser, type TestUser } from '../../shared/testing/users'
import { annualReportTestConfig } from '../testing/testConfig'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

let site: TestSite
let users: Record<'editor' | 'analyst' | 'officer' | 'admin', TestUser>
let requestId: number | string
let graphql: (query: string, token?: string) => Promise<Json>
let releaseGraphql = () => {}

const at = (day: string) => `${day}T04:00:00.000Z`
const previousDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - 1)
  return date.toISOString().slice(0, 10)
}
const good = () => ({
  subject: '某路段拆迁补偿方案',
  applicantType: 'natural-person',
  applicantName: '李四',
  applicantContact: '13900001111',
  channel: 'online',
  receivedOn: at('2025-09-26'),
})

beforeAll(async () => {
  site = await startTestSite({ config: (url) => annualReportTestConfig(url, { departmentsSlug: false }) })
  users = {
    editor: await createTestUser(site, ['editor']),
    analyst: await createTestUser(site, ['analyst']),
    officer: await createTestUser(site, ['disclosure-officer']),
    admin: await createTestUser(site, ['admin']),
  }
  const created = await site.rest('POST', '/disclosure-requests', { token: users.officer.token, body: good() })
  expect(created.status).toBe(201)
  requestId = ((await created.json()) as Json).doc.id
  // A second revision, so there is a version history to read.
  await site.rest('PATCH', `/disclosure-requests/${requestId}`, {
    token: users.officer.token,
    body: { details: '补充说明' },
  })

  // Payload's own GraphQL route handler, as the Next.js route uses it, found under the default cache key.
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const cache = (globalThis as { _payload?: Map<string, { payload?: unknown }> })._payload!
  const own = [...cache.entries()].find(([, entry]) => entry.payload === site.payload)!
  cache.set('default', own[1])
  releaseGraphql = () => cache.delete('default')
  const handler = GRAPHQL_POST(Promise.resolve(site.config))
  graphql = async (query, token) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (token) headers.Authorization = `JWT ${token}`
    const response = await handler(
      new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }),
    )
    return (await response.json()) as Json
  }
})
afterAll(async () => {
  releaseGraphql()
  await site?.close()
})

const count = async () =>
  (await site.payload.count({ collection: 'disclosure-requests', overrideAccess: true })).totalDocs

describe('the deadline, stored on the request', () => {
  it('is 20 working days after receipt across National Day, in the site’s time zone', async () => {
    const doc = await site.payload.findByID({ collection: 'disclosure-requests', id: requestId, overrideAccess: true })
    expect(doc.state).toBe('running')
    // End of 2025-10-30 in Shanghai (see the unit test for the counting).
    expect(doc.dueOn).toBe('2025-10-30T15:59:59.999Z')
  })

  it('stops while a correction is awaited and counts anew from its arrival, then adds the extension', async () => {
    const token = users.officer.token
    let response = await site.rest('PATCH', `/disclosure-requests/${requestId}`, {
      token,
      body: { correction: { requestedOn: at('2025-09-29') } },
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as Json).doc).toMatchObject({ state: 'paused', dueOn: null })
    response = await site.rest('PATCH', `/disclosure-requests/${requestId}`, {
      token,
      body: { correction: { receivedOn: at('2025-10-09') } },
    })
    expect(((await response.json()) as Json).doc).toMatchObject({ state: 'running', dueOn: '2025-11-05T15:59:59.999Z' })
    response = await site.rest('PATCH', `/disclosure-requests/${requestId}`, {
      token,
      body: { extension: { days: 5, reason: '需要协调多个部门', approvedOn: at('2025-11-03') } },
    })
    expect(((await response.json()) as Json).doc).toMatchObject({ dueOn: '2025-11-12T15:59:59.999Z' })
  })
})

describe('bad input: a 400 naming the field, nothing stored', () => {
  const refused = async (body: Json, field: string, method = 'POST', path = '/disclosure-requests') => {
    const before = await count()
    const response = await site.rest(method, path, { token: users.officer.token, body })
    expect([field, response.status]).toEqual([field, 400])
    const errors = ((await response.json()) as Json).errors as Json[]
    expect(JSON.stringify(errors)).toContain(field)
    expect(await count()).toBe(before)
  }

  it('a reason that is not of its outcome', () =>
    refused(
      { ...good(), outcome: 'not-disclosed', outcomeReason: 'cannot-provide/not-held', repliedOn: at('2025-10-10') },
      'outcomeReason',
    ))
  it('an outcome needing a reason without one', () =>
    refused({ ...good(), outcome: 'not-processed', repliedOn: at('2025-10-10') }, 'outcomeReason'))
  it('a reply before receipt', () =>
    refused({ ...good(), outcome: 'disclosed', repliedOn: at('2025-09-20') }, 'repliedOn'))
  it('an outcome without a reply date', () => refused({ ...good(), outcome: 'disclosed' }, 'repliedOn'))
  it('an extension without a reason, or beyond 20 working days', async () => {
    await refused({ ...good(), extension: { days: 10 } }, 'extension.reason')
    await refused({ ...good(), extension: { days: 21, reason: '复杂' } }, 'extension.days')
  })
  it('an unknown applicant type', () => refused({ ...good(), applicantType: 'robot' }, 'applicantType'))

  it('a second extension, leaving the request as it was', async () => {
    const before = await site.payload.findByID({
      collection: 'disclosure-requests',
      id: requestId,
      overrideAccess: true,
    })
    await refused(
      { extension: { days: 15, reason: '再次延期' } },
      'extension.days',
      'PATCH',
      `/disclosure-requests/${requestId}`,
    )
    const after = await site.payload.findByID({
      collection: 'disclosure-requests',
      id: requestId,
      overrideAccess: true,
    })
    expect(after.extension).toEqual(before.extension)
    expect(after.updatedAt).toBe(before.updatedAt)
  })
})

describe('access matrix', () => {
  const token = (who: string) => (who === 'anonymous' ? undefined : users[who as keyof typeof users].token)
  const who = ['anonymous', 'editor', 'analyst', 'officer', 'admin'] as const
  const reads: Record<(typeof who)[number], { read: boolean; personal: boolean; report: number; write: boolean }> = {
    anonymous: { read: false, personal: false, report: 401, write: false },
    editor: { read: false, personal: false, report: 403, write: false },
    analyst: { read: true, personal: false, report: 200, write: false },
    officer: { read: true, personal: true, report: 403, write: true },
    admin: { read: true, personal: true, report: 200, write: true },
  }

  it.each(who)('%s: REST list, get, versions', async (role) => {
    const expected = reads[role]
    const list = await site.rest('GET', '/disclosure-requests', { token: token(role) })
    const get = await site.rest('GET', `/disclosure-requests/${requestId}`, { token: token(role) })
    const versions = await site.rest('GET', '/disclosure-requests/versions', { token: token(role) })
    if (!expected.read) {
      expect([list.status, get.status, versions.status]).toEqual([403, 403, 403])
      return
    }
    expect([list.status, get.status, versions.status]).toEqual([200, 200, 200])
    const listed = ((await list.json()) as Json).docs[0]
    const doc = (await get.json()) as Json
    const version = ((await versions.json()) as Json).docs[0].version
    for (const shown of [listed, doc, version]) {
      expect(shown.subject).toBe('某路段拆迁补偿方案')
      expect(shown.applicantName).toBe(expected.personal ? '李四' : undefined)
      expect(shown.applicantContact).toBe(expected.personal ? '13900001111' : undefined)
    }
  })

  it.each(who)('%s: GraphQL list and versions', async (role) => {
    const expected = reads[role]
    const body = await graphql(
      '{ DisclosureRequests { docs { id subject applicantName } } versionsDisclosureRequests { docs { version { subject applicantName } } } }',
      token(role),
    )
    if (!expected.read) {
      expect(body.data?.DisclosureRequests ?? null).toBeNull()
      expect(body.data?.versionsDisclosureRequests ?? null).toBeNull()
      expect(body.errors?.length).toBeGreaterThan(0)
      return
    }
    expect(body.errors).toBeUndefined()
    expect(body.data.DisclosureRequests.docs[0]).toMatchObject({
      subject: '某路段拆迁补偿方案',
      applicantName: expected.personal ? '李四' : null,
    })
    expect(body.data.versionsDisclosureRequests.docs[0].version.applicantName).toBe(expected.personal ? '李四' : null)
  })

  it.each(who)('%s: report endpoint and yearly figures', async (role) => {
    const expected = reads[role]
    expect((await site.rest('GET', '/annual-report/2025', { token: token(role) })).status).toBe(expected.report)
    expect((await site.rest('GET', '/annual-report/2025.xlsx', { token: token(role) })).status).toBe(expected.report)
    const figures = await site.rest('GET', '/disclosure-yearly-figures', { token: token(role) })
    expect(figures.status).toBe(role === 'analyst' || role === 'officer' || role === 'admin' ? 200 : 403)
  })

  it.each(who)('%s: writing a request', async (role) => {
    const before = await count()
    const response = await site.rest('POST', '/disclosure-requests', { token: token(role), body: good() })
    expect(response.status).toBe(reads[role].write ? 201 : 403)
    expect(await count()).toBe(before + (reads[role].write ? 1 : 0))
  })
})

describe('overdue and due-soon requests', () => {
  let dueSoonId: number | string
  beforeAll(async () => {
    // A request received so long ago that its deadline falls within the next two working days.
    // Going back a day at a time moves the deadline back by at most one working day, so the first
    // day whose deadline is within the horizon has it between today and the horizon.
    const today = localDay(new Date(), 'Asia/Shanghai')
    const horizon = addWorkingDays(today, 2)
    let day = today
    while (replyDeadline({ receivedOn: day }).dueOn! > horizon) day = previousDay(day)
    const created = await site.rest('POST', '/disclosure-requests', {
      token: users.officer.token,
      body: { ...good(), subject: '即将到期的申请', receivedOn: at(day) },
    })
    dueSoonId = ((await created.json()) as Json).doc.id
  })

  it('lists them for the officers', async () => {
    const response = await site.rest('GET', '/disclosure-requests/due', { token: users.officer.token })
    expect(response.status).toBe(200)
    const due = (await response.json()) as Json
    expect(due.overdue.map((item: Json) => item.id)).toContain(requestId)
    expect(due.overdue.find((item: Json) => item.id === requestId)).toMatchObject({
      dueOn: '2025-11-12',
      overdue: true,
    })
    expect(due.dueSoon.map((item: Json) => item.id)).toEqual([dueSoonId])
    expect((await site.rest('GET', '/disclosure-requests/due')).status).toBe(401)
    expect((await site.rest('GET', '/disclosure-requests/due', { token: users.analyst.token })).status).toBe(403)
  })

  it('mails them to the officers from the daily job', async () => {
    const sent: Json[] = []
    const original = site.payload.sendEmail.bind(site.payload)
    site.payload.sendEmail = async (message: Json) => {
      sent.push(message)
      return undefined
    }
    try {
      await site.payload.jobs.queue({ task: 'disclosureReminders', input: {} })
      await site.payload.jobs.run()
    } finally {
      site.payload.sendEmail = original
    }
    expect(sent).toHaveLength(1)
    expect(sent[0].to).toEqual([users.officer.email])
    expect(sent[0].subject).toMatch(/^依申请公开催办：\d+件已超期，1件即将到期$/)
    expect(sent[0].text).toContain('即将到期的申请')
  })
})
