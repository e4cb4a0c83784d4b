import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { departmentsSeed } from '../../src/seed/departments'
import { mailboxesSeed } from '../../src/seed/mailboxes'
import { runSeed } from '../../src/seed/runSeed'
import { usersSeed } from '../../src/seed/users'
import {
  attachmentsDirOf,
  createDepartment,
  createMailboxes,
  mailboxTestConfig,
} from '../../plugins/mailboxes/testing/testConfig'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'

let site: TestSite
let analyst: TestUser
let handler: TestUser
let editor: TestUser
let mailboxId: number | string
let department: { id: number | string }

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const json = async (response: Response) => (await response.json()) as Json

/** Shanghai wall-clock time as an instant. */
const cst = (day: string, time = '10:00') => new Date(`${day}T${time}:00+08:00`).toISOString()

beforeAll(async () => {
  site = await startTestSite({ config: (url) => mailboxTestConfig(url) })
  analyst = await createTestUser(site, ['analyst'])
  handler = await createTestUser(site, ['mailbox-handler'])
  editor = await createTestUser(site, ['editor'])
  department = await createDepartment(site, '示范区交通运输局', '11330100MB0003001A')
  mailboxId = (await createMailboxes(site, [handler.id]))[1].id
  const base = { mailbox: mailboxId, content: '内容内容内容内容内容', writerName: '测试', phone: '13812345678' }
  const reply = (repliedOn: string) => ({ text: '答复', department: department.id, repliedAt: cst(repliedOn, '16:00') })
  const letters = [
    // 15 working days across National Day 2025 (with both make-up days).
    {
      subject: 'L1',
      category: 'complaint',
      source: 'online',
      state: 'closed',
      receivedAt: cst('2025-09-26'),
      reply: reply('2025-10-23'),
    },
    {
      subject: 'L2',
      category: 'consultation',
      source: 'phone',
      state: 'replied',
      receivedAt: cst('2025-09-29'),
      reply: reply('2025-10-09'),
    },
    {
      subject: 'L3',
      category: 'complaint',
      source: 'online',
      state: 'rejected',
      receivedAt: cst('2025-10-10'),
      rejection: { reason: '不属于受理范围' },
    },
    { subject: 'L4', category: 'help', source: 'mayor-hotline', state: 'accepted', receivedAt: cst('2025-10-13') },
    {
      subject: 'L5',
      category: 'suggestion',
      source: 'online',
      state: 'forwarded',
      receivedAt: cst('2025-10-31', '23:30'),
      forwards: [{ department: department.id }],
    },
    // Outside the period: 1 Nov in Shanghai, although still 31 Oct in UTC.
    {
      subject: 'L6',
      category: 'suggestion',
      source: 'online',
      state: 'received',
      receivedAt: cst('2025-11-01', '00:30'),
    },
  ]
  for (const letter of letters) {
    await site.payload.create({
      collection: 'letters',
      data: { ...base, ...letter } as never,
      overrideAccess: true,
      context: { skipMail: true },
    })
  }
})
afterAll(async () => {
  const dir = site ? attachmentsDirOf(site) : undefined
  await site?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const statistics = (query: string, user?: TestUser) =>
  site.rest('GET', `/mailboxes/statistics?${query}`, { token: user?.token })

describe('mailbox statistics', () => {
  it('counts a period in the site’s time zone, with rates to one decimal and working days to reply', async () => {
    const response = await statistics(`mailbox=${mailboxId}&from=2025-09-01&to=2025-10-31`, analyst)
    expect(response.status).toBe(200)
    const [stats] = (await json(response)).mailboxes
    expect(stats).toMatchObject({
      mailbox: { name: '区长信箱' },
      received: 5,
      accepted: 4,
      rejected: 1,
      replied: 2,
      closed: 1,
      acceptanceRate: 80,
      closureRate: 25,
      // (15 + 2) / 2: L1 15 working days, L2 2 (30 Sep and 9 Oct).
      averageWorkingDaysToReply: 8.5,
      overdueNow: 2,
    })
    expect(stats.byCategory.find((c: Json) => c.category === 'complaint')).toMatchObject({
      received: 2,
      accepted: 1,
      closed: 1,
      acceptanceRate: 50,
    })
    expect(stats.bySource.find((s: Json) => s.source === 'phone')).toMatchObject({ received: 1, replied: 1 })
  })

  it('lists every mailbox plus the total without a mailbox filter', async () => {
    const body = await json(await statistics('from=2025-01-01&to=2025-12-31', analyst))
    expect(body.mailboxes).toHaveLength(4)
    expect(body.mailboxes[3]).toMatchObject({ mailbox: null, received: 6 })
  })

  it('exports CSV that Excel reads (UTF-8 with BOM), rates with one decimal', async () => {
    const response = await statistics(`mailbox=${mailboxId}&from=2025-09-01&to=2025-10-31&format=csv`, analyst)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    expect(response.headers.get('content-disposition')).toContain('mailbox-statistics-2025-09-01-2025-10-31.csv')
    const bytes = Buffer.from(await response.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.subarray(3).toString('utf8').trim().split('\n')
    expect(lines[0]).toContain('受理率')
    expect(lines[1]).toBe('区长信箱,2025-09-01,2025-10-31,合计,全部,5,4,1,2,1,80.0%,25.0%,8.5,2')
    expect(lines.some((line) => line.includes(',类别,投诉,2,1,1,1,1,50.0%,100.0%'))).toBe(true)
  })

  it('is for analysts and administrators only, and checks the period', async () => {
    expect((await statistics('from=2025-01-01&to=2025-12-31')).status).toBe(401)
    expect((await statistics('from=2025-01-01&to=2025-12-31', editor)).status).toBe(403)
    expect((await statistics('from=2025-01-01&to=2025-12-31', handler)).status).toBe(403)
    expect((await statistics('from=2025-12-31&to=2025-01-01', analyst)).status).toBe(400)
    expect((await statistics('from=yesterday', analyst)).status).toBe(400)
    expect((await statistics('mailbox=nope', analyst)).status).toBe(404)
  })

  it('gives analysts no letters and no personal data', async () => {
    const response = await site.rest('GET', '/letters', { token: analyst.token })
    const docs = response.status === 200 ? (await json(response)).docs : []
    expect(docs).toHaveLength(0)
  })
})

describe('the demo seed', () => {
  it('fills the three mailboxes with a year of letters in every state, and a public list of replies', async () => {
    await runSeed(site.payload, {
      modules: [departmentsSeed, usersSeed, mailboxesSeed],
      quiet: true,
      demoPassword: 'demo-password-1',
    })
    const seeded = await site.payload.find({
      collection: 'letters',
      where: { subject: { not_in: ['L1', 'L2', 'L3', 'L4', 'L5', 'L6'] } },
      pagination: false,
      overrideAccess: true,
    })
    expect(seeded.docs.length).toBeGreaterThanOrEqual(150)
    const states = new Set(seeded.docs.map((d) => d.state))
    expect([...states].sort()).toEqual(['accepted', 'closed', 'forwarded', 'received', 'rejected', 'replied'])
    expect(new Set(seeded.docs.map((d) => String((d.mailbox as Json).id ?? d.mailbox))).size).toBe(3)

    const list = await json(await site.rest('GET', '/mailboxes/quzhang/replies?limit=5&page=2'))
    expect(list.page).toBe(2)
    expect(list.docs).toHaveLength(5)
    expect(list.totalDocs).toBeGreaterThan(20)
    expect(JSON.stringify(list)).not.toMatch(/1[3-9]\d{9}|0571-8765|330106|浙A12345/)
    const search = await json(await site.rest('GET', `/mailboxes/quzhang/replies?q=${encodeURIComponent('图书馆')}`))
    expect(search.docs.length).toBeGreaterThan(0)
    expect(search.docs.every((d: Json) => `${d.subject}${d.content}${d.reply}`.includes('图书馆'))).toBe(true)
    // A year of letters through the real hooks: minutes on a loaded 2-core machine.
  }, 300_000)
})
