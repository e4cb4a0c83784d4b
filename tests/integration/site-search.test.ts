import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Column, Department, Media, Notice, TopicCategory } from '../../payload-types'
import { seedPublishedAtKey } from '../../plugins/disclosure-catalogue'
import { flushQueryStats, reindexSiteSearch } from '../../plugins/site-search'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser } from '../helpers/users'
import { contentOnlyConfig, lexicalBody, makeColumn, makeDepartment } from './content-fixtures'

/**
 * Site search (plugins/site-search) through the HTTP API on the content model with the plugin:
 * relevance, folding, filters and facets, highlighting, keyset pagination, query statistics.
 * The workflow's states (withdraw, remove, unpublish) are in site-search-consistency.test.ts.
 */
type Hit = Notice & { highlight: { title: string; snippet: string }; demoted: boolean; score: number }
type Body = {
  docs: Hit[]
  totalDocs?: number
  hasNextPage: boolean
  nextCursor: string | null
  facets?: Record<string, Record<string, number>>
  mode: string
  errors?: { message: string }[]
}

let site: TestSite
let landOffice: Department
let education: Department
let column: Column
let other: Column
let topic: TopicCategory
const notices: Record<string, Notice> = {}

async function publish(key: string, publishedAt: string, data: Partial<Notice>, draft = false) {
  notices[key] = await site.payload.create({
    collection: 'notices',
    data: {
      type: 'announcement',
      primaryColumn: column.id,
      department: landOffice.id,
      _status: draft ? 'draft' : 'published',
      ...data,
    } as Notice,
    draft,
    overrideAccess: true,
    context: { [seedPublishedAtKey]: publishedAt },
  })
}

beforeAll(async () => {
  site = await startTestSite({ config: contentOnlyConfig })
  landOffice = await makeDepartment(site, '区人社局')
  education = await makeDepartment(site, '教育局')
  column = await makeColumn(site, { name: '征地拆迁', slug: 'zdcq', kind: 'topical' })
  other = await makeColumn(site, { name: '通知公告', slug: 'tzgg' })
  topic = await site.payload.create({
    collection: 'topic-categories',
    data: { name: '城乡建设', code: 'cxjs' } as TopicCategory,
    overrideAccess: true,
  })
  await publish('bodyOnly', '2026-03-01T02:00:00.000Z', {
    title: '街道工作简报',
    body: lexicalBody('本周完成征地拆迁补偿款发放，群众满意。'),
  })
  await publish('title', '2025-01-01T02:00:00.000Z', { title: '征地拆迁补偿安置方案' })
  await publish('scattered', '2026-05-01T02:00:00.000Z', { title: '拆迁户回迁与新征地块规划' })
  await publish('older', '2025-06-01T02:00:00.000Z', { title: '关于城区污水管网改造的公告' })
  await publish('newer', '2026-06-01T02:00:00.000Z', { title: '关于城区污水管网改造的公告' })
  await publish('docNumber', '2026-02-01T02:00:00.000Z', {
    title: '示范区生态环境保护规定',
    type: 'normative',
    documentNumber: '示环发〔2026〕3号',
    department: education.id,
    columns: [other.id],
    topicCategory: topic.id,
    validity: { status: 'in-force' },
  })
  await publish('abolished', '2026-02-02T02:00:00.000Z', {
    title: '示范区生态环境保护规定',
    type: 'normative',
    documentNumber: '示环发〔2020〕9号',
    validity: { status: 'abolished', changedOn: '2026-05-01T00:00:00.000Z' },
  })
  await publish('hostile', '2026-04-01T02:00:00.000Z', {
    title: '关于<img src=x onerror=alert(1)>标签过滤的说明',
    body: lexicalBody('正文中的<script>alert(1)</script>也必须转义。'),
  })
  await publish('draft', '2026-05-01T02:00:00.000Z', { title: '征地拆迁草稿' }, true)
  await publish('private', '2026-05-01T02:00:00.000Z', { title: '征地拆迁内部信息', disclosureMode: 'not-disclosed' })
})
afterAll(async () => site?.close())

const search = async (params: string) => {
  const response = await site.rest('GET', `/search?${params}`)
  return { status: response.status, body: (await response.json()) as Body }
}
const q = (term: string, extra = '') => `q=${encodeURIComponent(term)}${extra}`
const ids = (docs: Hit[]) => docs.map((doc) => doc.id)

describe('relevance', () => {
  it('ranks a title match above a body match, and the exact phrase above scattered terms', async () => {
    // 征地拆迁 is a column's name: the user dictionary keeps it one word
    const { status, body } = await search(q('征地拆迁'))
    expect(status).toBe(200)
    expect(ids(body.docs)).toEqual([notices.title.id, notices.bodyOnly.id])
    const words = await search(q('征地 拆迁'))
    expect(ids(words.body.docs)).toEqual([notices.title.id, notices.scattered.id, notices.bodyOnly.id])
  })

  it('ranks the newer of two equal matches first, and abolished documents after those in force, marked', async () => {
    const sewers = await search(q('污水管网改造'))
    expect(ids(sewers.body.docs)).toEqual([notices.newer.id, notices.older.id])
    const rules = await search(q('生态环境保护规定'))
    expect(ids(rules.body.docs)).toEqual([notices.docNumber.id, notices.abolished.id])
    expect(rules.body.docs.map((doc) => doc.demoted)).toEqual([false, true])
  })

  it('finds the simplified item for a traditional-character or full-width query', async () => {
    expect(ids((await search(q('徵地拆遷'))).body.docs)[0]).toBe(notices.title.id)
    expect(ids((await search(q('污水管網'))).body.docs)).toContain(notices.newer.id)
    expect(ids((await search(q('示环发〔２０２６〕３号'))).body.docs)[0]).toBe(notices.docNumber.id)
  })

  it('finds a document number written with any bracket style', async () => {
    for (const style of [
      '示环发〔2026〕3号',
      '示环发[2026]3号',
      '示环发(2026)3号',
      '示环发（2026）3号',
      '示环发2026年3号',
    ]) {
      const { body } = await search(q(style))
      expect([style, ids(body.docs)[0]]).toEqual([style, notices.docNumber.id])
    }
  })

  it('matches single characters and parts of names the segmentation keeps whole', async () => {
    expect(ids((await search(q('迁'))).body.docs)).toEqual(
      expect.arrayContaining([notices.title.id, notices.scattered.id, notices.bodyOnly.id]),
    )
    expect(ids((await search(q('环发'))).body.docs)).toEqual(
      expect.arrayContaining([notices.docNumber.id, notices.abolished.id]),
    )
  })

  it('never finds drafts or items that are not proactively disclosed', async () => {
    const found = ids((await search(q('征地拆迁', '&limit=100'))).body.docs)
    expect(found).not.toContain(notices.draft.id)
    expect(found).not.toContain(notices.private.id)
    expect(ids((await search(q('草稿'))).body.docs)).toEqual([])
  })
})

describe('filters and facets', () => {
  it('counts the current query by type, department, topic category, column, validity and year', async () => {
    const { body } = await search(q('规定'))
    expect(body.totalDocs).toBe(2)
    expect(body.facets?.type).toEqual({ normative: 2 })
    expect(body.facets?.validity).toEqual({ 'in-force': 1, abolished: 1 })
    expect(body.facets?.department).toEqual({ [String(education.id)]: 1, [String(landOffice.id)]: 1 })
    expect(body.facets?.topicCategory).toEqual({ [String(topic.id)]: 1 })
    expect(body.facets?.column).toEqual({ [String(column.id)]: 2, [String(other.id)]: 1 })
    expect(body.facets?.year).toEqual({ '2026': 2 })
  })

  it('filters by each of them, by date range and document number', async () => {
    const only = async (extra: string) => ids((await search(q('规定', extra))).body.docs)
    expect(await only('&validity=abolished')).toEqual([notices.abolished.id])
    expect(await only(`&department=${education.id}`)).toEqual([notices.docNumber.id])
    expect(await only(`&topicCategory=${topic.id}`)).toEqual([notices.docNumber.id])
    expect(await only(`&column=${other.id}`)).toEqual([notices.docNumber.id])
    expect(await only('&type=announcement')).toEqual([])
    expect(await only('&year=2025')).toEqual([])
    // 2026-02-02T02:00Z is 2026-02-02 in Asia/Shanghai
    expect(await only('&from=2026-02-02&to=2026-02-02')).toEqual([notices.abolished.id])
    expect(await only(`&documentNumber=${encodeURIComponent('〔2020〕')}`)).toEqual([notices.abolished.id])
  })

  it('sorts by date when asked', async () => {
    const { body } = await search(q('征地 拆迁', '&sort=date'))
    expect(ids(body.docs)).toEqual([notices.scattered.id, notices.bodyOnly.id, notices.title.id])
  })

  it('answers 400 naming the parameter for bad input', async () => {
    for (const [params, name] of [
      ['', 'q'],
      [q('字'.repeat(51)), 'q'],
      [q('规定', '&type=rumour'), 'type'],
      [q('规定', '&validity=forever'), 'validity'],
      [q('规定', '&sort=random'), 'sort'],
      [q('规定', '&year=26'), 'year'],
      [q('规定', '&cursor=nonsense'), 'cursor'],
      [q('规定', '&page=500'), 'page'],
    ] as const) {
      const { status, body } = await search(params)
      expect([params, status]).toEqual([params, 400])
      expect(JSON.stringify(body)).toContain(name)
    }
  })
})

describe('highlighting', () => {
  it('marks the matched words in the title and a body snippet', async () => {
    const { body } = await search(q('征地拆迁'))
    const byId = new Map(body.docs.map((doc) => [doc.id, doc]))
    expect(byId.get(notices.title.id)?.highlight.title).toBe('<mark>征地拆迁</mark>补偿安置方案')
    expect(byId.get(notices.bodyOnly.id)?.highlight.snippet).toContain('<mark>征地拆迁</mark>补偿款')
    expect((await search(q('徵地拆遷'))).body.docs[0].highlight.title).toBe('<mark>征地拆迁</mark>补偿安置方案')
  })

  it('escapes item text and hostile queries', async () => {
    const { status, body } = await search(q('<img src=x onerror=alert(1)>'))
    expect(status).toBe(200)
    const hit = body.docs.find((doc) => doc.id === notices.hostile.id)
    expect(hit).toBeDefined()
    const html = `${hit?.highlight.title}${hit?.highlight.snippet}`
    expect(html).not.toMatch(/<(?!\/?mark>)/)
    expect(hit?.highlight.title).toContain('&lt;')
    const inBody = (await search(q('转义'))).body.docs.find((doc) => doc.id === notices.hostile.id)
    expect(inBody?.highlight.snippet).toContain('&lt;script&gt;')
    expect(inBody?.highlight.snippet).not.toMatch(/<(?!\/?mark>)/)
  })
})

describe('attachment titles', () => {
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<</Root 1 0 R/Size 1>>\nstartxref\n0\n%%EOF\n',
  )
  const attach = (name: string, alt?: string) =>
    site.payload.create({
      collection: 'media',
      data: alt ? { alt } : {},
      file: { data: pdf, mimetype: 'application/pdf', name, size: pdf.length },
      overrideAccess: true,
    }) as Promise<Media>

  it('finds an item by a word only in its attachments, below a title match, and follows a renamed file', async () => {
    const map = await attach(`map-${Date.now()}.pdf`, '地下管线普查成果图')
    const list = await attach(`农村危房改造补助名单-${Date.now()}.pdf`)
    await publish('withFiles', '2026-07-01T02:00:00.000Z', {
      title: '关于公布调查结果的通知',
      attachments: [map.id, list.id],
    })
    await publish('planTitle', '2025-07-01T02:00:00.000Z', { title: '地下管线普查工作方案' })
    // alt text, and the file name when there is no alt text
    expect(ids((await search(q('普查成果图'))).body.docs)).toEqual([notices.withFiles.id])
    expect(ids((await search(q('危房改造'))).body.docs)).toEqual([notices.withFiles.id])
    // the attachment's tier is the body's: the (older) title match comes first
    expect(ids((await search(q('管线普查'))).body.docs)).toEqual([notices.planTitle.id, notices.withFiles.id])

    await site.payload.update({
      collection: 'media',
      id: map.id,
      data: { alt: '供水管网巡检记录' },
      overrideAccess: true,
    })
    expect(ids((await search(q('巡检记录'))).body.docs)).toEqual([notices.withFiles.id])
    expect(ids((await search(q('普查成果图'))).body.docs)).toEqual([])

    // search:reindex reads the attachments too
    expect(await reindexSiteSearch(site.payload)).toBeGreaterThan(0)
    expect(ids((await search(q('巡检记录'))).body.docs)).toEqual([notices.withFiles.id])
    expect(ids((await search(q('危房改造'))).body.docs)).toEqual([notices.withFiles.id])
  })
})

describe('deep pagination', () => {
  it('walks 130 results with the cursor, without gaps or repeats, the same at any page size', async () => {
    for (let index = 0; index < 130; index += 1) {
      await publish(`flood${index}`, new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toISOString(), {
        title: `防汛抗旱工作简报第${index + 1}期`,
        department: index % 2 ? education.id : landOffice.id,
      })
    }
    const walk = async (limit: number) => {
      const seen: (number | string)[] = []
      let cursor: string | null = null
      let first: Body | undefined
      do {
        const extra: string = `&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
        const { status, body }: { status: number; body: Body } = await search(q('防汛抗旱', extra))
        expect(status).toBe(200)
        first ??= body
        seen.push(...ids(body.docs))
        cursor = body.nextCursor
      } while (cursor)
      return { seen, first }
    }
    const small = await walk(7)
    expect(small.first?.totalDocs).toBe(130)
    expect(new Set(small.seen).size).toBe(130)
    expect((await walk(100)).seen).toEqual(small.seen)
    const byDate = await search(q('防汛抗旱', '&sort=date&limit=3'))
    expect(ids(byDate.body.docs)).toEqual([notices.flood129.id, notices.flood128.id, notices.flood127.id])
    const next = await search(q('防汛抗旱', `&sort=date&limit=3&cursor=${byDate.body.nextCursor}`))
    expect(ids(next.body.docs)).toEqual([notices.flood126.id, notices.flood125.id, notices.flood124.id])
    // 130 publishes through the whole stack first: minutes on a loaded machine.
  }, 300_000)
})

describe('query statistics', () => {
  it('counts queries and zero-result queries for analysts, without personal data', async () => {
    await search(q('量子计算机'))
    await search(q('量子计算机'))
    await search(q('污水管网改造'))
    await search(q('13912345678'))
    await flushQueryStats(site.payload)
    const analyst = await createTestUser(site, ['analyst'])
    const response = await site.rest('GET', '/search-queries?limit=100', { token: analyst.token })
    expect(response.status).toBe(200)
    const rows = ((await response.json()) as { docs: { query: string; count: number; zeroResults: number }[] }).docs
    expect(rows.find((row) => row.query === '量子计算机')).toMatchObject({ count: 2, zeroResults: 2 })
    expect(rows.find((row) => row.query === '污水管网改造')).toMatchObject({ zeroResults: 0 })
    expect(JSON.stringify(rows)).not.toContain('13912345678')
    expect((await site.rest('GET', '/search-queries')).status).toBe(403)
    const editor = await createTestUser(site, ['editor'])
    expect((await site.rest('GET', '/search-queries', { token: editor.token })).status).toBe(403)
  })

  it('sums a period for the analytics view: totals, top queries, top zero-result queries; analysts only', async () => {
    // More often than any query of the other tests, so it heads both lists.
    for (let i = 0; i < 20; i += 1) await search(q('垃圾分类'))
    await search(q('污水管网改造'))
    await search(q('13800001111'))
    await flushQueryStats(site.payload)
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
    const analyst = await createTestUser(site, ['analyst'])
    const path = `/search/statistics?from=${today}&to=${today}`
    const response = await site.rest('GET', path, { token: analyst.token })
    expect(response.status).toBe(200)
    type Stats = { searches: number; zeroResultSearches: number; top: QueryRow[]; topZeroResults: QueryRow[] }
    type QueryRow = { query: string; count: number; zeroResults: number }
    const stats = (await response.json()) as Stats
    // the rows of the statistics collection for today, summed independently
    const rows = (await site.payload.find({
      collection: 'search-queries',
      where: { day: { equals: today } },
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })) as unknown as { docs: QueryRow[] }
    expect(stats.searches).toBe(rows.docs.reduce((sum, row) => sum + row.count, 0))
    expect(stats.zeroResultSearches).toBe(rows.docs.reduce((sum, row) => sum + row.zeroResults, 0))
    expect(stats.zeroResultSearches).toBeGreaterThanOrEqual(5)
    expect(stats.top[0]).toEqual({ query: '垃圾分类', count: 20, zeroResults: 20 })
    expect(stats.topZeroResults[0]).toEqual({ query: '垃圾分类', count: 20, zeroResults: 20 })
    const counts = stats.top.map((row) => row.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    expect(stats.topZeroResults.map((row) => row.query)).not.toContain('污水管网改造')
    expect(stats.top.map((row) => row.query)).toContain('污水管网改造')
    expect(JSON.stringify(stats)).not.toContain('13800001111')

    // another period holds none of them
    const empty = await site.rest('GET', '/search/statistics?from=2020-01-01&to=2020-01-31', { token: analyst.token })
    expect(await empty.json()).toMatchObject({ searches: 0, zeroResultSearches: 0, top: [], topZeroResults: [] })

    expect((await site.rest('GET', path)).status).toBe(401)
    const editor = await createTestUser(site, ['editor'])
    expect((await site.rest('GET', path, { token: editor.token })).status).toBe(403)
    for (const [params, name] of [
      ['from=2026-13-01', 'from'],
      ['to=yesterday', 'to'],
      ['from=2026-02-01&to=2026-01-01', 'from'],
      ['from=2020-01-01&to=2026-01-01', 'from'],
      ['limit=0', 'limit'],
    ] as const) {
      const refused = await site.rest('GET', `/search/statistics?${params}`, { token: analyst.token })
      expect([params, refused.status]).toEqual([params, 400])
      expect(JSON.stringify(await refused.json())).toContain(name)
    }
  })
})
