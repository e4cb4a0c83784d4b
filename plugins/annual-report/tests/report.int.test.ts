import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'

import { startTestSite, type TestSite } from '../../shared/testing/testSite'
import { createTestUser, type TestUser } from '../../shared/testing/users'
import { table3CellWhere, whereQuery } from '../lib/cellRecords'
import { table3ColumnKeys, table3Lines } from '../outputs/tables'
import { annualReportTestConfig } from '../testing/testConfig'
import type { DayPeriod, MailboxFigure } from '../types'
import { lexicalParagraphs } from '../../shared/richText/lexical'

/** Noon in Shanghai of a local day. */
const at = (day: string) => `${day}T04:00:00.000Z`

let site: TestSite
let analyst: TestUser
let officer: TestUser
let columnA: number | string
let columnB: number | string

// The host's mailbox figures: right for 2025, a wrong closure rate for 2026 (the real report's mistake).
const mailboxFigures = async (_payload: unknown, period: DayPeriod): Promise<MailboxFigure[]> =>
  period.from.startsWith('2025')
    ? [
        {
          name: '区长信箱',
          received: 494,
          accepted: 494,
          closed: 488,
          averageWorkingDays: 6.2,
          closureRate: 98.8,
          repliesPublished: 120,
        },
      ]
    : [{ name: '区长信箱', received: 494, accepted: 494, closed: 488, averageWorkingDays: 6.2, closureRate: 98.5 }]

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** The bare collections of the alone config are not the reference site's generated types. */
const create = (collection: string, data: Record<string, unknown>, draft = false) =>
  site.payload.create({
    collection: collection as 'users',
    data: data as never,
    draft,
    overrideAccess: true,
  }) as unknown as Promise<{ id: number | string }>

const request = (data: Record<string, unknown>) => create('disclosure-requests', data)

async function notice(data: Record<string, unknown>, status: 'published' | 'draft' = 'published') {
  return create('notices', { _status: status, ...data }, status === 'draft')
}

beforeAll(async () => {
  site = await startTestSite({
    config: (url) =>
      annualReportTestConfig(url, {
        departmentsSlug: false,
        mailboxFigures,
        columnHits: async () => [
          { id: 'g', name: '公开指南', hits: 50 },
          { id: 'y', name: '政务要闻', hits: 300 },
          { id: 's', name: '公示公告', hits: 120 },
        ],
        topColumns: 2,
        siteVisits: async () => ({ visits: 19000, uniqueVisitors: 5200 }),
      }),
  })
  analyst = await createTestUser(site, ['analyst'])
  officer = await createTestUser(site, ['disclosure-officer'])
  columnA = (await create('columns', { name: '政策文件', kind: 'notices' })).id
  columnB = (await create('columns', { name: '政务要闻', kind: 'news' })).id
  // Topical columns: maintained in 2025 are T1 and T2, newly opened T2.
  const topical = (name: string, startsOn: string, endsOn?: string) =>
    create('columns', {
      name,
      kind: 'topical',
      topical: { startsOn: at(startsOn), endsOn: endsOn ? at(endsOn) : null },
    })
  await topical('T1', '2024-05-06')
  await topical('T2', '2025-03-03')
  await topical('T3', '2023-01-03', '2024-12-31')
  await topical('T4', '2026-02-02')

  // Requests. 2024: one closed within the year (R00), one carried into 2025 (R0).
  await request({
    subject: 'R00',
    applicantType: 'natural-person',
    channel: 'online',
    receivedOn: at('2024-06-03'),
    outcome: 'disclosed',
    repliedOn: at('2024-06-20'),
  })
  await request({
    subject: 'R0',
    applicantType: 'natural-person',
    channel: 'post',
    receivedOn: at('2024-12-20'),
    outcome: 'disclosed',
    repliedOn: at('2025-01-10'),
  })
  // 2025
  await request({
    subject: 'R1',
    applicantType: 'natural-person',
    channel: 'online',
    receivedOn: at('2025-03-03'),
    outcome: 'disclosed',
    repliedOn: at('2025-03-10'),
  })
  await request({
    subject: 'R2',
    applicantType: 'natural-person',
    channel: 'in-person',
    receivedOn: at('2025-04-01'),
    outcome: 'disclosed',
    repliedOn: at('2025-04-15'),
    fees: 0,
  })
  await request({
    subject: 'R3',
    applicantType: 'natural-person',
    channel: 'online',
    receivedOn: at('2025-05-06'),
    outcome: 'partly-disclosed',
    repliedOn: at('2025-05-20'),
  })
  await request({
    subject: 'R4',
    applicantType: 'business',
    channel: 'post',
    receivedOn: at('2025-06-02'),
    outcome: 'not-disclosed',
    outcomeReason: 'not-disclosed/third-party',
    repliedOn: at('2025-06-20'),
  })
  await request({
    subject: 'R5',
    applicantType: 'research',
    channel: 'online',
    receivedOn: at('2025-07-01'),
    outcome: 'cannot-provide',
    outcomeReason: 'cannot-provide/not-held',
    repliedOn: at('2025-07-08'),
  })
  await request({
    subject: 'R6',
    applicantType: 'public-interest',
    channel: 'fax',
    receivedOn: at('2025-08-04'),
    outcome: 'not-processed',
    outcomeReason: 'not-processed/repeat',
    repliedOn: at('2025-08-11'),
  })
  await request({
    subject: 'R7',
    applicantType: 'legal-service',
    channel: 'online',
    receivedOn: at('2025-09-01'),
    correction: { requestedOn: at('2025-09-03') },
    outcome: 'other',
    outcomeReason: 'other/no-correction',
    repliedOn: at('2025-10-20'),
  })
  await request({
    subject: 'R8',
    applicantType: 'other-organisation',
    channel: 'other',
    receivedOn: at('2025-10-13'),
    outcome: 'disclosed',
    repliedOn: at('2025-10-24'),
    fees: 100,
  })
  await request({ subject: 'R9', applicantType: 'natural-person', channel: 'online', receivedOn: at('2025-12-20') })
  await request({
    subject: 'R10',
    applicantType: 'business',
    channel: 'online',
    receivedOn: at('2025-12-25'),
    outcome: 'disclosed',
    repliedOn: at('2026-01-05'),
  })

  // Normative documents and other notices.
  const normative = (
    title: string,
    writtenAt: string,
    status: string,
    changedOn?: string,
    publishedAt?: string,
    column = columnA,
  ) =>
    notice({
      title,
      type: 'normative',
      primaryColumn: column,
      writtenAt: at(writtenAt),
      publishedAt: at(publishedAt ?? writtenAt),
      validity: { status, changedOn: changedOn ? at(changedOn) : null },
    })
  await normative('N1', '2023-05-04', 'in-force')
  await normative('N2', '2024-03-01', 'abolished', '2025-06-01')
  await normative('N3', '2025-02-01', 'in-force', undefined, '2025-02-03')
  await normative('N4', '2025-04-01', 'expired', '2025-11-01', '2025-04-03')
  await notice({ title: 'N5 draft', type: 'normative', primaryColumn: columnA, writtenAt: at('2025-07-01') }, 'draft')
  await normative('N7', '2022-01-04', 'abolished', '2024-05-01')
  await notice({ title: 'N6', type: 'notification', primaryColumn: columnB, publishedAt: at('2025-05-05') })
  await notice({ title: 'N8', type: 'announcement', primaryColumn: columnB, publishedAt: at('2025-08-08') })
  await notice({
    title: 'N9',
    type: 'announcement',
    primaryColumn: columnB,
    disclosureMode: 'on-application',
    publishedAt: at('2025-09-09'),
  })
  // 01:00 on 1 January in Shanghai is 2025; 00:30 on 1 January 2026 is not.
  await notice({ title: 'N10', type: 'announcement', primaryColumn: columnA, publishedAt: '2024-12-31T17:00:00.000Z' })
  await notice({ title: 'N11', type: 'announcement', primaryColumn: columnA, publishedAt: '2025-12-31T16:30:00.000Z' })

  // Gazette issues.
  const issue = (
    year: number,
    number: number,
    printRun: number,
    special = false,
    status: 'published' | 'draft' = 'published',
  ) =>
    site.payload.create({
      collection: 'gazette-issues' as never,
      data: { year, number, printRun, special, _status: status } as never,
      draft: status === 'draft',
      overrideAccess: true,
    })
  await issue(2025, 1, 3000)
  await issue(2025, 2, 3000)
  await issue(2025, 3, 1500, true)
  await issue(2025, 4, 9999, false, 'draft')
  await issue(2024, 6, 3000)

  // Yearly figures: consistent for 2025; for 2026 a wrong carried-over figure and a table-4 total that does not add up.
  await site.payload.create({
    collection: 'disclosure-yearly-figures' as never,
    data: {
      year: 2025,
      rules: { made: 0, abolished: 0, inForce: 0 },
      licensing: 390,
      penalty: 12,
      enforcement: 3,
      fees: 1.5,
      carriedOverEntered: 1,
      reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
      litigationDirect: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
      litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      consultations: { phone: 100, inPerson: 20, online: 30 },
      staffFullTime: 8,
      staffPartTime: 6,
      spending: 12.5,
      site: { name: '示范区人民政府门户网站', idCode: '1234000001' },
      websiteForm: { securityChecks: 4, monitoring: true, responsible: '王五' },
    } as never,
    overrideAccess: true,
  })
  await site.payload.create({
    collection: 'disclosure-yearly-figures' as never,
    data: {
      year: 2026,
      carriedOverEntered: 1,
      reconsideration: { upheld: 1, corrected: 1, other: 0, pending: 0, total: 3 },
    } as never,
    overrideAccess: true,
  })
})
afterAll(async () => {
  await site?.close()
})

const get = async (path: string, user: TestUser = analyst) => site.rest('GET', path, { token: user.token })

describe('the 2025 report, every cell worked out by hand', () => {
  let report: Json
  beforeAll(async () => {
    const response = await get('/annual-report/2025')
    expect(response.status).toBe(200)
    report = (await response.json()) as Json
  })

  it('table 3: new, carried over, each outcome and reason, total and carried forward per applicant column', () => {
    const zero = {
      'natural-person': 0,
      business: 0,
      research: 0,
      'public-interest': 0,
      'legal-service': 0,
      'other-organisation': 0,
      total: 0,
    }
    const row = (values: Partial<typeof zero>) => {
      const cells = { ...zero, ...values }
      cells.total = Object.entries(cells).reduce((sum, [k, v]) => (k === 'total' ? sum : sum + v), 0)
      return cells
    }
    const t3 = report.table3
    // R1, R2, R3, R9 natural; R4, R10 business; R5 research; R6 public-interest; R7 legal-service; R8 other.
    expect(t3.new).toEqual(
      row({
        'natural-person': 4,
        business: 2,
        research: 1,
        'public-interest': 1,
        'legal-service': 1,
        'other-organisation': 1,
      }),
    )
    expect(t3.carriedOver).toEqual(row({ 'natural-person': 1 })) // R0
    expect(t3.disclosed).toEqual(row({ 'natural-person': 3, 'other-organisation': 1 })) // R0, R1, R2; R8
    expect(t3['partly-disclosed']).toEqual(row({ 'natural-person': 1 }))
    expect(t3['not-disclosed']).toEqual(row({ business: 1 }))
    expect(t3['not-disclosed/third-party']).toEqual(row({ business: 1 }))
    expect(t3['not-disclosed/state-secret']).toEqual(zero)
    expect(t3['cannot-provide/not-held']).toEqual(row({ research: 1 }))
    expect(t3['not-processed/repeat']).toEqual(row({ 'public-interest': 1 }))
    expect(t3['other/no-correction']).toEqual(row({ 'legal-service': 1 }))
    expect(t3.other).toEqual(row({ 'legal-service': 1 }))
    expect(t3.outcomesTotal).toEqual(
      row({
        'natural-person': 4,
        business: 1,
        research: 1,
        'public-interest': 1,
        'legal-service': 1,
        'other-organisation': 1,
      }),
    )
    expect(t3.carriedForward).toEqual(row({ 'natural-person': 1, business: 1 })) // R9 open; R10 replied in 2026
    // Every other cell is zero.
    const named = [
      'new',
      'carriedOver',
      'disclosed',
      'partly-disclosed',
      'not-disclosed',
      'not-disclosed/third-party',
      'cannot-provide',
      'cannot-provide/not-held',
      'not-processed',
      'not-processed/repeat',
      'other',
      'other/no-correction',
      'outcomesTotal',
      'carriedForward',
    ]
    for (const [key, cells] of Object.entries(t3)) if (!named.includes(key)) expect([key, cells]).toEqual([key, zero])
    expect(Object.keys(t3)).toHaveLength(2 + 2 + 9 + 4 + 6 + 4 + 2)
  })

  it('table 2: normative documents made, abolished and in force; entered decisions and fees', () => {
    expect(report.table2).toEqual({
      rules: { made: 0, abolished: 0, inForce: 0 },
      // made: N3, N4; abolished: N2 (abolished), N4 (expired); in force: N1, N3. The draft N5 is not counted.
      normative: { made: 2, abolished: 2, inForce: 2 },
      licensing: 390,
      penalty: 12,
      enforcement: 3,
      fees: 1.5,
    })
  })

  it('table 4 from the entered cases', () => {
    expect(report.table4).toEqual({
      reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
      litigationDirect: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
      litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    })
  })

  it('the narrative figures: proactive items by column and type, gazette, hit ranking, mailboxes, consultations', () => {
    const f = report.figures
    // N3, N4, N10 (A); N6, N8 (B). Not N9 (on application), N11 (2026 in Shanghai), N5 (draft).
    expect(f.proactive.total).toBe(5)
    expect(f.proactive.byColumn).toEqual([
      { id: String(columnA), name: '政策文件', count: 3 },
      { id: String(columnB), name: '政务要闻', count: 2 },
    ])
    expect(f.proactive.byType).toEqual(
      expect.arrayContaining([
        { type: 'announcement', count: 2 },
        { type: 'normative', count: 2 },
        { type: 'notification', count: 1 },
      ]),
    )
    expect(f.gazette).toEqual({ issues: 3, regular: 2, special: 1, printRun: 7500 })
    expect(f.columnHits).toEqual([
      { id: 'y', name: '政务要闻', hits: 300 },
      { id: 's', name: '公示公告', hits: 120 },
    ])
    expect(f.mailboxes).toEqual([
      {
        name: '区长信箱',
        received: 494,
        accepted: 494,
        closed: 488,
        averageWorkingDays: 6.2,
        repliesPublished: 120,
        acceptanceRate: 100,
        closureRate: 98.8,
      },
    ])
    expect(f.consultations).toEqual({ phone: 100, inPerson: 20, online: 30, total: 150 })
    expect(f.requests).toEqual({ new: 10, carriedOver: 1, replied: 9, carriedForward: 2, fees: 100 })
    expect(f.staff).toEqual({ fullTime: 8, partTime: 6 })
  })

  it('passes every check', () => {
    expect(report.checks.filter((c: Json) => !c.ok)).toEqual([])
    expect(report.ok).toBe(true)
    expect(report.checks.map((c: Json) => c.id)).toEqual(
      expect.arrayContaining([
        'table3.identity.total',
        'table3.identity.natural-person',
        'table3.carriedOver.lastYear',
        'table3.carriedOver.entered',
        'table4.reconsideration.total',
        'table2.normative.inForce',
        'mailboxes.0.closureRate',
      ]),
    )
  })
})

describe('the 2026 report: a carried-over request and inconsistent entered figures', () => {
  let report: Json
  beforeAll(async () => {
    report = (await (await get('/annual-report/2026')).json()) as Json
  })

  it('counts the requests open at the end of 2025 as carried over into 2026', () => {
    expect(report.table3.carriedOver).toMatchObject({ 'natural-person': 1, business: 1, total: 2 })
    expect(report.table3.disclosed).toMatchObject({ business: 1, total: 1 }) // R10, replied 2026-01-05
    expect(report.table3.carriedForward).toMatchObject({ 'natural-person': 1, total: 1 }) // R9 still open
  })

  it('names each failed check with its cell and the two numbers', () => {
    const failed = report.checks.filter((c: Json) => !c.ok)
    expect(failed).toEqual([
      expect.objectContaining({
        id: 'table3.carriedOver.entered',
        cell: 'figures.carriedOverEntered',
        actual: 1,
        expected: 2,
      }),
      expect.objectContaining({
        id: 'table4.reconsideration.total',
        cell: 'table4.reconsideration.total',
        actual: 3,
        expected: 2,
      }),
      expect.objectContaining({
        id: 'mailboxes.0.closureRate',
        cell: 'figures.mailboxes.0.closureRate',
        actual: 98.5,
        expected: 98.8,
      }),
    ])
    for (const check of failed) expect(check.message).toContain(`${check.actual}`)
    expect(report.ok).toBe(false)
  })
})

describe('the records behind each cell (the admin’s links from a red cell)', () => {
  it.each([2025, 2026])(
    'every cell of table 3 in %i: its filter finds exactly the requests it counts',
    async (year) => {
      const report = (await (await get(`/annual-report/${year}`)).json()) as Json
      const wrong: string[] = []
      for (const line of table3Lines())
        for (const column of table3ColumnKeys) {
          const query = whereQuery(table3CellWhere(line.key, column, year, 'Asia/Shanghai'))
          const found = (await (await get(`/disclosure-requests?${query}&limit=1&depth=0`)).json()) as Json
          const counted = report.table3[line.key][column]
          if (found.totalDocs !== counted)
            wrong.push(`${line.key}.${column}: ${found.totalDocs} found, ${counted} counted`)
        }
      expect(wrong).toEqual([])
    },
  )
})

describe('the report as files', () => {
  it('CSV of each table, with the official headings', async () => {
    const response = await get('/annual-report/2025.csv?table=3')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const text = await response.text()
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
    expect(lines[0]).toContain('申请人情况')
    expect(lines[2]).toContain('商业企业')
    expect(lines.find((l) => l.startsWith('一、本年新收政府信息公开申请数量'))).toBe(
      '一、本年新收政府信息公开申请数量,,,4,2,1,1,1,1,10',
    )
    expect(lines.find((l) => l.includes('（七）总计'))).toBe(',（七）总计,,4,1,1,1,1,1,9')
    const t2 = (await (await get('/annual-report/2025.csv?table=2')).text()).split('\n')
    expect(t2).toContain('行政规范性文件,2,2,2')
    const t4 = (await (await get('/annual-report/2025.csv?table=4')).text()).trim().split('\n')
    expect(t4.at(-1)).toBe('1,0,0,1,2,0,1,0,0,1,0,0,0,0,0')
  })

  it('XLSX: one sheet per table, the headings and cells read back', async () => {
    const response = await get('/annual-report/2025.xlsx')
    expect(response.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['表二', '表三', '表四'])
    const t3 = workbook.getWorksheet('表三')!
    expect(t3.getCell('A1').value).toBe('三、收到和处理政府信息公开申请情况')
    expect(t3.getCell('D2').value).toBe('申请人情况')
    expect(t3.getCell('E3').value).toBe('法人或其他组织')
    expect(t3.getCell('J3').value).toBe('总计')
    const newRow = t3.getRow(5)
    expect(newRow.getCell(1).value).toBe('一、本年新收政府信息公开申请数量')
    expect(newRow.getCell(10).value).toBe(10)
    const t2 = workbook.getWorksheet('表二')!
    expect(t2.getCell('A5').value).toBe('行政规范性文件')
    expect(t2.getCell('B5').value).toBe(2)
    expect(t2.getCell('B8').value).toBe(390)
  })

  it('printable HTML: six sections, A4 print rules, the figures inserted, the tables', async () => {
    const response = await get('/annual-report/2025.html')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('@page { size: A4')
    expect(html).toContain('<h1>示范区人民政府门户网站2025年政府信息公开工作年度报告</h1>')
    const headings = [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1])
    expect(headings).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ])
    expect(html).toContain('本年度新收政府信息公开申请10件，上年结转1件；办结9件，结转下年度继续办理2件。')
    expect(html).toContain('data-table="3"')
    expect(html).not.toContain('核对未通过')
  })

  it('the analyst’s narrative with {{figures}} inserted, in HTML and Markdown', async () => {
    const paragraph = (text: string) => lexicalParagraphs(text)
    const { docs } = await site.payload.find({
      collection: 'disclosure-yearly-figures',
      where: { year: { equals: 2025 } },
      overrideAccess: true,
    })
    await site.payload.update({
      collection: 'disclosure-yearly-figures',
      id: docs[0]!.id,
      data: {
        narrative: {
          problems: paragraph('本年共有{{staff.fullTime}}名专职人员，印发公报{{gazette.printRun}}份。{{no.such}}'),
        },
      } as never,
      overrideAccess: true,
    })
    const html = await (await get('/annual-report/2025.html')).text()
    expect(html).toContain('本年共有8名专职人员，印发公报7500份。【未知数据：no.such】')
    const markdown = await (await get('/annual-report/2025.md')).text()
    expect(markdown).toContain('## 五、存在的主要问题及改进情况\n\n本年共有8名专职人员，印发公报7500份。')
    expect(markdown).toContain('| 行政规范性文件 | 2 | 2 | 2 |')
  })

  it('bad year or table: 400 naming the parameter', async () => {
    for (const path of ['/annual-report/abc', '/annual-report/1999', '/annual-report/2025.pdf']) {
      const response = await get(path)
      expect([path, response.status]).toEqual([path, 400])
      expect(JSON.stringify(await response.json())).toContain('year')
    }
    const noTable = await get('/annual-report/2025.csv')
    expect(noTable.status).toBe(400)
    expect(JSON.stringify(await noTable.json())).toContain('table')
  })

  it('generate: refused with the failing cells named while a check fails, nothing created', async () => {
    const before = await site.payload.count({
      collection: 'notices',
      where: { type: { equals: 'work-report' } },
      overrideAccess: true,
    })
    const response = await site.rest('POST', '/annual-report/2026/generate', { token: analyst.token })
    expect(response.status).toBe(409)
    const body = (await response.json()) as Json
    expect(body.errors[0].message).toContain('figures.carriedOverEntered')
    expect(body.errors[0].data.failed.map((c: Json) => c.cell)).toEqual([
      'figures.carriedOverEntered',
      'table4.reconsideration.total',
      'figures.mailboxes.0.closureRate',
    ])
    const after = await site.payload.count({
      collection: 'notices',
      where: { type: { equals: 'work-report' } },
      overrideAccess: true,
    })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('generate: a draft work report with the six sections and the tables, for review', async () => {
    expect((await site.rest('POST', '/annual-report/2025/generate', { token: officer.token })).status).toBe(403)
    const response = await site.rest('POST', '/annual-report/2025/generate', { token: analyst.token })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as Json
    const notice = (await site.payload.findByID({
      collection: 'notices',
      id: doc.id,
      draft: true,
      overrideAccess: true,
    })) as Json
    expect(notice).toMatchObject({
      type: 'work-report',
      _status: 'draft',
      title: '示范区人民政府门户网站2025年政府信息公开工作年度报告',
    })
    const nodes = notice.body.root.children as Json[]
    expect(nodes.filter((n) => n.type === 'heading').map((n) => n.children[0].text)).toHaveLength(6)
    const tables = nodes.filter((n) => n.type === 'table')
    expect(tables).toHaveLength(3)
    expect(JSON.stringify(tables[1])).toContain('一、本年新收政府信息公开申请数量')
    // Not published: the live document is the draft itself until review publishes it.
    const live = (await site.payload.findByID({ collection: 'notices', id: doc.id, overrideAccess: true })) as Json
    expect(live._status).toBe('draft')
  })

  it('officers cannot read the report (analysts and administrators only)', async () => {
    expect((await get('/annual-report/2025', officer)).status).toBe(403)
    expect((await site.rest('GET', '/annual-report/2025')).status).toBe(401)
  })
})

describe('the website annual form', () => {
  it('every item of the form, computed where the system has the data', async () => {
    const response = await get('/annual-report/2025/website')
    expect(response.status).toBe(200)
    const form = (await response.json()) as Json
    const value = Object.fromEntries(form.rows.map((row: Json) => [row.key, row.value]))
    expect(value).toMatchObject({
      name: '示范区人民政府门户网站',
      idCode: '1234000001',
      visits: 19000,
      uniqueVisitors: 5200,
      published: 5,
      overview: 0,
      news: 2, // N6, N8 in the news column
      catalogue: 3, // N3, N4, N10 in the notices-kind column
      topicalMaintained: 2,
      topicalNew: 1,
      gazetteIssues: 3,
      messagesReceived: 494,
      messagesClosed: 488,
      averageDays: 6.2,
      repliesPublished: 120,
      securityChecks: 4,
      monitoring: true,
      responsible: '王五',
      icp: null,
    })
    expect(form.rows.find((row: Json) => row.key === 'visits').source).toBe('computed')
    expect(form.missing).toContain('icp')
    expect(form.title).toBe('示范区人民政府门户网站政府网站工作年度报表（2025年度）')
  })

  it('CSV, XLSX and the printable page read back', async () => {
    const csv = await (await get('/annual-report/2025/website.csv')).text()
    expect(csv.replace(/^\uFEFF/, '').split('\n')).toEqual(
      expect.arrayContaining([
        '类别,项目,数据',
        '网站访问,独立用户访问总量（单位：个）,5200',
        ',网站总访问量（单位：次）,19000',
      ]),
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await (await get('/annual-report/2025/website.xlsx')).arrayBuffer()) as never)
    const sheet = workbook.getWorksheet('网站年度报表')!
    expect(sheet.getCell('A1').value).toBe('示范区人民政府门户网站政府网站工作年度报表（2025年度）')
    expect(sheet.getCell('B2').value).toBe('项目')
    const visitsRow = sheet.getColumn(2).values.indexOf('网站总访问量（单位：次）')
    expect(sheet.getRow(visitsRow).getCell(3).value).toBe(19000)
    const html = await (await get('/annual-report/2025/website.html')).text()
    expect(html).toContain('@page { size: A4')
    expect(html).toContain('<td>是否建立安全监测预警机制</td><td>是</td>')
    expect((await get('/annual-report/2025/nothing')).status).toBe(404)
    expect((await get('/annual-report/2025/website', officer)).status).toBe(403)
  })
})
