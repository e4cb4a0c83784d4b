import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { contentColumnsSeed } from '../../src/seed/contentColumns'
import { contentGazetteSeed } from '../../src/seed/contentGazette'
import { contentNoticesSeed } from '../../src/seed/contentNotices'
import { departmentsSeed } from '../../src/seed/departments'
import { runSeed } from '../../src/seed/runSeed'
import { usersSeed } from '../../src/seed/users'
import { startTestSite, type TestSite } from '../helpers/testPayload'

let site: TestSite
let seconds = 0

beforeAll(async () => {
  site = await startTestSite()
  const started = Date.now()
  await runSeed(site.payload, {
    quiet: true,
    demoPassword: 'seed-test-password',
    modules: [departmentsSeed, usersSeed, contentColumnsSeed, contentNoticesSeed, contentGazetteSeed],
  })
  seconds = (Date.now() - started) / 1000
}, 180_000)
afterAll(async () => site?.close())

describe('the demo district (content seed)', () => {
  it('holds the column tree a district uses', async () => {
    const { docs } = await site.payload.find({ collection: 'columns', limit: 0, depth: 0 })
    const byName = new Map(docs.map((doc) => [doc.name, doc]))
    for (const name of [
      '政务要闻',
      '通知公告',
      '部门信息',
      '公开指南',
      '政策文件',
      '人事信息',
      '征地拆迁',
      '创建全国文明乡村',
      '保密工作专题',
    ]) {
      expect(byName.has(name)).toBe(true)
    }
    expect(byName.get('征地拆迁')!.path).toBe('ztzl/zdcq')
    expect(byName.get('创建全国文明乡村')!.archived).toBe(true)
    expect(byName.get('保密工作专题')!.archived).toBe(false)
  })

  it('holds 200+ notices of every type over two years, with distinct index numbers', async () => {
    const { docs } = await site.payload.find({ collection: 'notices', limit: 0, depth: 0, overrideAccess: true })
    expect(docs.length).toBeGreaterThanOrEqual(200)
    expect(new Set(docs.map((doc) => doc.type))).toEqual(
      new Set(['announcement', 'publicity', 'notification', 'normative', 'personnel', 'other']),
    )
    const published = docs.filter((doc) => doc.publishedAt).map((doc) => new Date(doc.publishedAt!).getTime())
    const spanDays = (Math.max(...published) - Math.min(...published)) / 86_400_000
    expect(spanDays).toBeGreaterThan(600)
    expect(new Set(docs.map((doc) => doc.indexNumber)).size).toBe(docs.length)
    expect(docs.filter((doc) => doc.documentNumber).every((doc) => /〔\d{4}〕\d+号$/.test(doc.documentNumber!))).toBe(
      true,
    )
    expect(new Set(docs.map((doc) => doc.department)).size).toBeGreaterThanOrEqual(10)
  })

  it('holds 7 gazette issues of the current year, one of them the special issue', async () => {
    const year = Number(
      new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date()),
    )
    const response = await site.rest('GET', `/gazette-issues?where[year][equals]=${year}&limit=20`)
    const { docs } = (await response.json()) as {
      docs: { special: boolean; specialSubject?: string; totalNumber: number }[]
    }
    expect(docs).toHaveLength(7)
    expect(docs.filter((doc) => doc.special).map((doc) => doc.specialSubject)).toEqual(['行政处罚裁量权基准专刊'])
    const totals = docs.map((doc) => doc.totalNumber).sort((a, b) => a - b)
    expect(totals[6] - totals[0]).toBe(6)
  })

  it('serves the seeded content through the public API', async () => {
    const response = await site.rest('GET', '/columns/items?path=zcwj')
    const body = (await response.json()) as { totalDocs: number }
    expect(body.totalDocs).toBeGreaterThan(15)
    const search = (await (await site.rest('GET', `/search?q=${encodeURIComponent('通知')}`)).json()) as {
      totalDocs: number
    }
    expect(search.totalDocs).toBeGreaterThan(10)
    console.info(`content seed on ${site.database.kind}: ${seconds.toFixed(1)} s`)
  })
})
