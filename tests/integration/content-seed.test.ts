import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { contentColumnsSeed } from '../../src/seed/contentColumns'
import { contentGazetteSeed } from '../../src/seed/contentGazette'
import { contentNoticesSeed } from '../../src/seed/contentNotices'
import { departmentsSeed } from '../../src/seed/departments'
import { mediaSeed } from '../../src/seed/media'
import { runSeed } from '../../src/seed/runSeed'
import { usersSeed } from '../../src/seed/users'
import { contentWorkflowSeed, scheduledSoonMinutes } from '../../src/seed/workflow'
import { startTestSite, type TestSite } from '../helpers/testPayload'

let site: TestSite
let seconds = 0

beforeAll(async () => {
  site = await startTestSite()
  const started = Date.now()
  await runSeed(site.payload, {
    quiet: true,
    demoPassword: 'seed-test-password',
    modules: [
      departmentsSeed,
      usersSeed,
      contentColumnsSeed,
      mediaSeed,
      contentNoticesSeed,
      contentGazetteSeed,
      contentWorkflowSeed,
    ],
  })
  seconds = (Date.now() - started) / 1000
}, 600_000)
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

  it('went partly through the review workflow: audit log, review queues, schedules, a withdrawal (issue 10)', async () => {
    const { docs: audit } = await site.payload.find({
      collection: 'workflow-audit-log',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const actions = new Set(audit.map((entry) => (entry as { action?: string }).action))
    for (const action of ['submit', 'approve', 'request-changes', 'publish', 'schedule', 'unpublish', 'withdraw'])
      expect(`${action}: ${actions.has(action)}`).toBe(`${action}: true`)

    // What waits for 初审 (the reviewer) and for 终审 (the administrator), as each sees it.
    const queue = async (email: string) => {
      const token = await site.login(email, 'seed-test-password')
      const response = await site.rest('GET', '/workflow/queue', { token })
      expect(response.status).toBe(200)
      return ((await response.json()) as { docs: unknown[] }).docs.length
    }
    expect(await queue('reviewer@example.com')).toBeGreaterThanOrEqual(3)
    expect(await queue('admin@example.com')).toBeGreaterThanOrEqual(2)

    // The schedules are queued jobs of the workflow's task, run by the job runner.
    const { docs: jobs } = await site.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'publishWorkflowScheduledChange' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const changes = jobs.map((job) => job.input as { change: string; at: string })
    const publishTimes = changes.filter((job) => job.change === 'publish').map((job) => Date.parse(job.at))
    expect(publishTimes.length).toBeGreaterThanOrEqual(2)
    expect(changes.filter((job) => job.change === 'unpublish')).toHaveLength(1)
    // One is due a few minutes after the seed, so a newcomer sees it publish by itself.
    expect(Math.min(...publishTimes) - Date.now()).toBeLessThanOrEqual(scheduledSoonMinutes * 60_000)
    expect(Math.min(...publishTimes)).toBeGreaterThan(Date.now() - 60_000)
    const withdrawn = await site.payload.count({
      collection: 'notices',
      where: { 'withdrawal.mode': { equals: 'withdrawn' } },
      overrideAccess: true,
    })
    expect(withdrawn.totalDocs).toBe(1)
  })

  it('carries generated media: photos with renditions on news items, gazette PDFs, notice attachments (issue 10)', async () => {
    // As the public reads them.
    const news = (await (
      await site.rest('GET', '/notices?where[attachments][exists]=true&limit=100&depth=1')
    ).json()) as {
      docs: { attachments: { mimeType: string; url: string; sizes?: Record<string, { url?: string }> }[] }[]
    }
    const files = news.docs.flatMap((doc) => doc.attachments)
    const photos = files.filter((file) => file.mimeType === 'image/jpeg')
    expect(photos.length).toBeGreaterThanOrEqual(5)
    for (const photo of photos) {
      expect(photo.sizes?.card?.url).toMatch(/\.jpg$/)
      expect(photo.sizes?.cardWebp?.url).toMatch(/\.webp$/)
    }
    expect(files.filter((file) => file.mimeType === 'application/pdf').length).toBeGreaterThanOrEqual(10)

    const issues = (await (await site.rest('GET', '/gazette-issues?limit=20&depth=1')).json()) as {
      docs: { pdf?: { mimeType: string; filename: string }; cover?: { mimeType: string } }[]
    }
    expect(issues.docs).toHaveLength(7)
    for (const issue of issues.docs) {
      expect(issue.pdf?.mimeType).toBe('application/pdf')
      expect(issue.cover?.mimeType).toBe('image/png')
      const bytes = fs.readFileSync(path.join(site.mediaDir, issue.pdf!.filename))
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    }
  })
})
