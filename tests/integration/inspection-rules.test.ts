import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Notice } from '../../payload-types'
import { createMailboxes } from '../../plugins/mailboxes/testing/testConfig'
import {
  inspectSite,
  runDailyInspection,
  runAvailabilityCheck,
  runLinkCheck,
  type InspectionOptions,
  type InspectionReport,
  type RuleResult,
} from '../../plugins/site-inspection'
import { lexicalBody, makeColumn, makeDepartment } from './content-fixtures'
import { startTestMailbox, type TestMailbox } from '../helpers/smtp'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'

/**
 * Issue 15: the inspection's rules from live data, with the clock moved across each threshold
 * (the rules take `now`; the data keeps its real instants).
 */
let site: TestSite
let mailbox: TestMailbox
let admin: TestUser
let analyst: TestUser
let editor: TestUser
let reviewer: TestUser
let department: number
let options: InspectionOptions
const day = 86_400_000
const base = Date.now()
const at = (days: number) => new Date(base + days * day)

beforeAll(async () => {
  mailbox = await startTestMailbox()
  site = await startTestSite({ env: { SMTP_URL: mailbox.url } })
  admin = await createTestUser(site, ['admin'])
  analyst = await createTestUser(site, ['analyst'])
  editor = await createTestUser(site, ['editor'])
  reviewer = await createTestUser(site, ['reviewer'])
  department = (await makeDepartment(site, '自查测试局')).id
  options = (site.config.custom as { siteInspection: { inspection: InspectionOptions } }).siteInspection.inspection
}, 180_000)
afterAll(async () => {
  await site?.close()
  await mailbox?.close()
})

let slugCounter = 0
const column = (kind: string, extra: Record<string, unknown> = {}) =>
  makeColumn(site, {
    name: `${kind}栏目${++slugCounter}`,
    slug: `insp-${kind}-${slugCounter}`,
    kind,
    ...extra,
  } as never)

/** A published notice whose first-publish instant is `publishedAt` (the seed's context key). */
const item = (columnId: number, publishedAt: Date, title = '自查测试信息') =>
  site.payload.create({
    collection: 'notices',
    data: { title, type: 'notification', primaryColumn: columnId, department, _status: 'published' } as Notice,
    overrideAccess: true,
    context: { seedPublishedAt: publishedAt },
  })

const rule = (report: InspectionReport, id: string) => report.rules.find((r) => r.id === id)!
const inspect = (now: Date, override: Partial<InspectionOptions> = {}) =>
  inspectSite({ payload: site.payload }, { ...options, ...override }, now)
const onlyKinds = (rules: Record<string, number>): Partial<InspectionOptions> => ({
  columns: {
    ...options.columns!,
    updateRules: Object.fromEntries(
      ['news', 'notices', 'policy', 'guide', 'topical'].map((kind) => [
        kind,
        rules[kind] ? { maxDaysWithoutUpdate: rules[kind] } : null,
      ]),
    ),
  },
})
const statuses = (result: RuleResult) => [result.status, result.value]

describe('with everything fresh', () => {
  it('is all green, stores the day and mails nothing', async () => {
    const fresh = await column('news')
    await item(fresh.id, at(0), '今日要闻')
    const { report, mailed } = await runDailyInspection(site.payload, options, at(0))
    expect(report.rules.filter((r) => r.status !== 'green')).toEqual([])
    expect(report.status).toBe('green')
    expect(mailed).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(mailbox.messages).toHaveLength(0)
    const stored = await site.payload.find({ collection: 'inspection-results', overrideAccess: true })
    expect(stored.docs.map((d) => [d.day, d.status])).toEqual([[report.day, 'green']])
  })
})

describe('rules moved across their thresholds', () => {
  it('home page: green at 11 days, amber at 12, red at 14 (veto), linking the newest item', async () => {
    expect(statuses(rule(await inspect(at(11)), 'homepage-not-updated'))).toEqual(['green', 11])
    expect(statuses(rule(await inspect(at(12)), 'homepage-not-updated'))).toEqual(['amber', 12])
    const red = rule(await inspect(at(14.1)), 'homepage-not-updated')
    expect(red).toMatchObject({ status: 'red', level: 'veto', value: 14 })
    expect(red.offenders[0]).toMatchObject({ collection: 'notices', title: '今日要闻' })
    expect(red.offenders[0].adminPath).toMatch(/^\/collections\/notices\/\d+$/)
  })

  it('stale columns: 4 of 5 is amber, 5 is red; the limit comes from the column kind', async () => {
    for (let i = 0; i < 4; i++) await item((await column('news')).id, at(-10))
    await item((await column('news')).id, at(0))
    const news = onlyKinds({ news: 14 })
    expect(statuses(rule(await inspect(at(0), news), 'stale-columns'))).toEqual(['green', 0])
    const amber = rule(await inspect(at(5), news), 'stale-columns')
    expect(statuses(amber)).toEqual(['amber', 4])
    expect(amber.offenders[0].detail).toContain('15 天未更新')
    expect(statuses(rule(await inspect(at(15), news), 'stale-columns'))).toEqual(['red', 6])
    // Notices' 6-month limit (the site's own column config): none of these is stale then.
    expect(statuses(rule(await inspect(at(15), onlyKinds({ notices: 183 })), 'stale-columns'))).toEqual(['green', 0])
  })

  it('long-stale columns: 8 is amber, 10 is red', async () => {
    for (let i = 0; i < 8; i++) await item((await column('policy')).id, at(-30))
    for (let i = 0; i < 2; i++) await item((await column('policy')).id, at(-15))
    const policy = onlyKinds({ policy: 10 }) // long-stale after 2 × 10 days
    expect(statuses(rule(await inspect(at(-12), policy), 'long-stale-columns'))).toEqual(['green', 0])
    expect(statuses(rule(await inspect(at(0), policy), 'long-stale-columns'))).toEqual(['amber', 8])
    expect(statuses(rule(await inspect(at(6), policy), 'long-stale-columns'))).toEqual(['red', 10])
  })

  it('empty columns: 4 is amber, 5 is red; parents and archived topical columns do not count', async () => {
    expect(statuses(rule(await inspect(at(0)), 'empty-columns'))).toEqual(['green', 0])
    const parent = await column('guide')
    await column('guide', { parent: parent.id })
    for (let i = 0; i < 3; i++) await column('guide')
    await column('topical', { topical: { startsOn: '2020-01-01', endsOn: '2020-06-30' } })
    const amber = rule(await inspect(at(0)), 'empty-columns')
    expect(statuses(amber)).toEqual(['amber', 4])
    expect(amber.offenders.map((o) => o.id)).not.toContain(parent.id)
    await column('guide')
    expect(statuses(rule(await inspect(at(0)), 'empty-columns'))).toEqual(['red', 5])
  })

  it('letters: past the deadline is a deduction, unanswered over 3 months a veto; rejected letters do not count', async () => {
    const [box] = await createMailboxes(site)
    const letter = await site.payload.create({
      collection: 'letters',
      data: {
        mailbox: box.id,
        subject: '小区路灯损坏',
        content: '小区路灯已损坏多日，请尽快维修。',
        writerName: '市民',
        phone: '13812345678',
        category: 'help',
        source: 'online',
        receivedAt: at(0).toISOString(),
      } as never,
      overrideAccess: true,
      context: { skipMail: true },
    })
    await site.payload.create({
      collection: 'letters',
      data: {
        mailbox: box.id,
        subject: '不予受理的来信',
        content: '与本信箱无关的内容内容。',
        writerName: '市民',
        phone: '13812345678',
        category: 'complaint',
        source: 'online',
        state: 'rejected',
        receivedAt: at(-200).toISOString(),
        rejection: { reason: '不属于受理范围' },
      } as never,
      overrideAccess: true,
      context: { skipMail: true },
    })
    const due = Date.parse(String((letter as { dueAt?: string }).dueAt))
    const span = (due - base) / day
    expect(span).toBeGreaterThan(14)
    expect(statuses(rule(await inspect(at(1)), 'letters-overdue'))).toEqual(['green', 0])
    expect(rule(await inspect(at(span * 0.85)), 'letters-overdue').status).toBe('amber')
    const overdue = rule(await inspect(at(span + 1)), 'letters-overdue')
    expect(overdue).toMatchObject({ status: 'red', level: 'deduction', value: 1 })
    expect(overdue.offenders[0]).toMatchObject({ collection: 'letters', title: '小区路灯损坏' })

    const threeMonths = (new Date(base).setUTCMonth(new Date(base).getUTCMonth() + 3) - base) / day
    expect(rule(await inspect(at(threeMonths * 0.7)), 'letters-unanswered').status).toBe('green')
    expect(rule(await inspect(at(threeMonths * 0.85)), 'letters-unanswered').status).toBe('amber')
    const unanswered = rule(await inspect(at(threeMonths + 1)), 'letters-unanswered')
    expect(unanswered).toMatchObject({ status: 'red', level: 'veto', value: 1 })
  })

  it('a publish date that is not the one the workflow recorded is a veto', async () => {
    const col = await column('notices')
    const created = await site.rest('POST', '/notices?draft=true', {
      token: editor.token,
      body: { title: '经审核发布的公告', type: 'notification', primaryColumn: col.id, department },
    })
    const id = ((await created.json()) as { doc: Notice }).doc.id
    for (const [action, user] of [
      ['submit', editor],
      ['approve', reviewer],
      ['approve', admin],
      ['publish', admin],
    ] as const)
      expect(
        (await site.rest('POST', `/notices/${id}/workflow/${action}`, { token: user.token, body: {} })).status,
      ).toBe(200)
    expect(statuses(rule(await inspect(at(0)), 'publish-date-faked'))).toEqual(['green', 0])
    // Backdated behind the system's back (a database edit): no hook, no audit entry.
    await site.payload.db.updateOne({
      collection: 'notices',
      id,
      data: { publishedAt: at(-30).toISOString() },
    })
    const faked = rule(await inspect(at(0)), 'publish-date-faked')
    expect(faked).toMatchObject({ status: 'red', level: 'veto', value: 1 })
    expect(faked.offenders[0]).toMatchObject({ collection: 'notices', id, title: '经审核发布的公告' })
  })
})

describe('broken links', () => {
  it('reports a link of a published item after it failed twice in a row, not a working one', async () => {
    const server = http.createServer((req, res) => res.writeHead(req.url === '/ok' ? 200 : 404).end())
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const col = await column('notices')
      const notice = await site.payload.create({
        collection: 'notices',
        data: {
          title: '含外部链接的通知',
          type: 'notification',
          primaryColumn: col.id,
          department,
          body: lexicalBody(`详见 ${origin}/ok 与 ${origin}/gone 。`),
          _status: 'published',
        } as Notice,
        overrideAccess: true,
      })
      const links = { ...options.links!, pages: [], perHostIntervalMs: 0, timeoutMs: 2000 }
      const first = await runLinkCheck(site.payload, links)
      expect(first.checked).toBe(2)
      expect(first.reported).toEqual([])
      expect(rule(await inspect(at(0)), 'broken-links')).toMatchObject({ status: 'amber', value: 0 })
      const second = await runLinkCheck(site.payload, links)
      expect(second.reported.map((r) => r.url)).toEqual([`${origin}/gone`])
      const broken = rule(await inspect(at(0)), 'broken-links')
      expect(broken).toMatchObject({ status: 'red', level: 'deduction', value: 1 })
      expect(broken.offenders[0]).toMatchObject({ collection: 'notices', id: notice.id })
      expect(broken.offenders[0].detail).toContain('HTTP 404')
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('availability', () => {
  it('records each probe; 5 % down or slow is red, 4 % amber, over the last 24 hours; old probes are pruned', async () => {
    const server = http.createServer((req, res) => {
      if (req.url === '/error') return void res.writeHead(500).end('boom')
      if (req.url === '/slow') return void setTimeout(() => res.writeHead(200).end('late'), 1500)
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>ok</html>')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    let clock = at(30)
    const monitor = {
      ...options.availability!,
      siteUrl: origin,
      sample: undefined,
      // A small "down" limit stands in for 19号's 15 s.
      downAfterMs: 300,
      now: () => clock,
    }
    const good = (count: number) => Array.from({ length: count }, (_, i) => `/?n=${clock.getTime()}-${i}`)
    const availability = async (hours: number) =>
      rule(await inspect(new Date(clock.getTime() + hours * 3_600_000)), 'availability')
    try {
      const first = await runAvailabilityCheck(site.payload, { ...monitor, pages: ['/', '/error', '/slow'] })
      expect(first.probes.map((p) => [p.url, p.ok, p.status])).toEqual([
        [`${origin}/`, true, 200],
        [`${origin}/error`, false, 500],
        [`${origin}/slow`, false, null],
      ])
      expect(first.probes[2].error).toContain('300 ms')
      const stored = await site.payload.find({
        collection: 'availability-probes',
        where: { url: { equals: `${origin}/error` } },
        overrideAccess: true,
      })
      expect(stored.docs[0]).toMatchObject({ ok: false, status: 500, at: clock.toISOString() })

      const red = await availability(1)
      expect(red).toMatchObject({ status: 'red', level: 'veto', value: 66.7, unit: 'percent', threshold: 5 })
      expect(red.offenders.map((o) => o.title).sort()).toEqual([`${origin}/error`, `${origin}/slow`])
      expect(red.offenders[0].adminPath).toMatch(/^\/collections\/availability-probes\/\w+$/)

      // 2 down of 40 is 5 %: still red; of 45, 4.4 %: amber; of 51, 3.9 %: green.
      await runAvailabilityCheck(site.payload, { ...monitor, pages: good(37) })
      expect(statuses(await availability(1))).toEqual(['red', 5])
      await runAvailabilityCheck(site.payload, { ...monitor, pages: good(5) })
      expect(statuses(await availability(1))).toEqual(['amber', 4.4])
      await runAvailabilityCheck(site.payload, { ...monitor, pages: good(6) })
      expect(statuses(await availability(1))).toEqual(['green', 3.9])
      // A day later those probes are out of the window.
      expect(statuses(await availability(25))).toEqual(['green', 0])

      // 91 days on, a run deletes probes older than 90 days.
      clock = new Date(clock.getTime() + 91 * day)
      await runAvailabilityCheck(site.payload, { ...monitor, pages: ['/'] })
      const left = await site.payload.count({ collection: 'availability-probes', overrideAccess: true })
      expect(left.totalDocs).toBe(1)
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('is a scheduled job of the site, and its probes are for analysts and admins only', async () => {
    const task = site.payload.config.jobs.tasks?.find((t) => t.slug === 'siteInspectionAvailability')
    expect(task?.schedule?.[0]).toMatchObject({ cron: '*/10 * * * *' })
    expect((await site.rest('GET', '/availability-probes', { token: analyst.token })).status).toBe(200)
    expect((await site.rest('GET', '/availability-probes', { token: editor.token })).status).toBe(403)
    expect(
      (await site.rest('POST', '/availability-probes', { token: admin.token, body: { url: '/', at: new Date() } }))
        .status,
    ).toBe(403)
  })
})

describe('where people see it', () => {
  it('GET /api/inspection answers analysts and admins in JSON and CSV, nobody else', async () => {
    const asAnalyst = await site.rest('GET', '/inspection', { token: analyst.token })
    expect(asAnalyst.status).toBe(200)
    const report = (await asAnalyst.json()) as InspectionReport
    expect(report.rules.map((r) => r.id)).toEqual([
      'homepage-not-updated',
      'stale-columns',
      'long-stale-columns',
      'empty-columns',
      'letters-unanswered',
      'letters-overdue',
      'publish-date-faked',
      'broken-links',
      'availability',
    ])
    expect(rule(report, 'empty-columns').status).toBe('red')
    const csv = await site.rest('GET', '/inspection?format=csv', { token: admin.token })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
    const text = await csv.text()
    expect(text).toContain('空白栏目 5 个及以上')
    expect(text).toContain('不合格')
    expect((await site.rest('GET', '/inspection?format=xml', { token: admin.token })).status).toBe(400)
    expect((await site.rest('GET', '/inspection', { token: editor.token })).status).toBe(403)
    expect((await site.rest('GET', '/inspection')).status).toBe(401)
  })

  it('the daily digest mails admins what is red or amber, with links; one stored result per day', async () => {
    const { report, mailed } = await runDailyInspection(site.payload, options, at(15))
    expect(report.status).toBe('red')
    expect(mailed).toBeGreaterThanOrEqual(1)
    const [mail] = await mailbox.waitFor(1, (m) => String(m.subject).includes('网站自查'))
    expect(mail.subject).toContain(report.day)
    expect(mail.text).toContain('首页超过2周未更新')
    expect(mail.text).toContain('/admin/collections/')
    expect(String((mail.to as { text?: string } | undefined)?.text ?? '')).toContain(admin.email)
    await runDailyInspection(site.payload, options, at(15))
    const stored = await site.payload.find({
      collection: 'inspection-results',
      where: { day: { equals: report.day } },
      overrideAccess: true,
    })
    expect(stored.docs).toHaveLength(1)
    expect(stored.docs[0]).toMatchObject({ status: 'red' })
  })
})
