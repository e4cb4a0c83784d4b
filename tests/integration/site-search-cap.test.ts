import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Column, Department, Notice } from '../../payload-types'
import { seedPublishedAtKey } from '../../plugins/disclosure-catalogue'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { contentOnlyConfig, lexicalBody, makeColumn, makeDepartment } from './content-fixtures'

/**
 * The count cap of site search (`countCap`, here 5): past it the first page says
 * `approximate`, its facet counts cover only the matches counted (each a lower bound of the
 * true count) and its total is an estimate never below what was seen; under it everything is
 * exact. The results themselves (order, paging) do not depend on the cap.
 * And the relevance levels read with early termination: in force before abolished, title
 * before summary before body, newer first within a level, across pages by cursor; on SQLite
 * with a walk limit of 6 (`walkLimit`), so both the date-order walk and the read through the
 * matches run.
 */
type Hit = Notice & { score: number }
type Body = {
  docs: Hit[]
  totalDocs?: number
  totalPages?: number
  approximate?: boolean
  countedDocs?: number
  nextCursor: string | null
  facets?: Record<string, Record<string, number>>
}

const cap = 5
let site: TestSite
let planning: Department
let water: Department
let column: Column
/** The items holding 审批 in the title, newest first, and the department of each. */
const approvals: { id: number; department: number; publishedAt: string }[] = []
/** Items holding 许可证 in the summary, the body, or the title of an abolished item, newest first each. */
const licences: Record<'title' | 'summary' | 'body' | 'abolished', number[]> = {
  title: [],
  summary: [],
  body: [],
  abolished: [],
}

beforeAll(async () => {
  site = await startTestSite({ config: (url: string) => contentOnlyConfig(url, { countCap: cap, walkLimit: 6 }) })
  planning = await makeDepartment(site, '区规划局')
  water = await makeDepartment(site, '区水务局')
  column = await makeColumn(site, { name: '行政审批', slug: 'xzsp' })
  // 12 items with 审批 (9 from planning, 3 from water), 3 with 复核 only.
  for (let index = 0; index < 12; index += 1) {
    const department = index % 4 === 3 ? water : planning
    const publishedAt = new Date(Date.UTC(2025, 0, 1 + index * 20, 2)).toISOString()
    const notice = await site.payload.create({
      collection: 'notices',
      data: {
        type: 'announcement',
        primaryColumn: column.id,
        department: department.id,
        title: '建设项目审批结果公示',
        _status: 'published',
      } as Notice,
      overrideAccess: true,
      context: { [seedPublishedAtKey]: publishedAt },
    })
    approvals.push({ id: notice.id, department: department.id, publishedAt })
  }
  for (let index = 0; index < 3; index += 1) {
    await site.payload.create({
      collection: 'notices',
      data: {
        type: 'notification',
        primaryColumn: column.id,
        department: water.id,
        title: '排水许可复核通知',
        _status: 'published',
      } as Notice,
      overrideAccess: true,
      context: { [seedPublishedAtKey]: new Date(Date.UTC(2026, 1, 1 + index, 2)).toISOString() },
    })
  }
  approvals.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  // 许可证 at every tier, dates interleaved so each level's items are spread over the date order.
  const kinds = ['body', 'summary', 'title', 'abolished', 'body', 'title', 'summary', 'body', 'title', 'abolished']
  for (const [index, kind] of kinds.entries()) {
    const notice = await site.payload.create({
      collection: 'notices',
      data: {
        type: 'normative',
        primaryColumn: column.id,
        department: planning.id,
        title: kind === 'title' || kind === 'abolished' ? '取水许可证核发办法' : '排污管理规定',
        summary: kind === 'summary' ? '明确许可证核发程序' : '明确核发程序',
        body: lexicalBody(kind === 'body' ? '申请人应提交许可证申请材料。' : '申请人应提交申请材料。'),
        validity:
          kind === 'abolished'
            ? { status: 'abolished', changedOn: '2026-05-01T00:00:00.000Z' }
            : { status: 'in-force' },
        _status: 'published',
      } as Notice,
      overrideAccess: true,
      context: { [seedPublishedAtKey]: new Date(Date.UTC(2024, 0, 1 + index * 10, 2)).toISOString() },
    })
    licences[kind as keyof typeof licences].unshift(notice.id)
  }
})
afterAll(async () => site?.close())

const search = async (params: string) => {
  const response = await site.rest('GET', `/search?${params}`)
  expect(response.status).toBe(200)
  return (await response.json()) as Body
}
const sum = (counts: Record<string, number> = {}) => Object.values(counts).reduce((a, b) => a + b, 0)

describe('count cap', () => {
  it('counts exactly and says so while the matches stay within the cap', async () => {
    const body = await search(`q=${encodeURIComponent('复核')}`)
    expect(body.approximate).toBe(false)
    expect(body.totalDocs).toBe(3)
    expect(body.countedDocs).toBe(3)
    expect(body.facets?.department).toEqual({ [String(water.id)]: 3 })
    expect(body.facets?.type).toEqual({ notification: 3 })
  })

  it('past the cap marks the answer approximate: facets over the counted matches, lower bounds, total estimated', async () => {
    const body = await search(`q=${encodeURIComponent('审批')}&limit=20`)
    expect(body.approximate).toBe(true)
    expect(body.countedDocs).toBe(cap)
    // Every facet counts exactly `cap` matches, none more than it truly holds.
    expect(sum(body.facets?.type)).toBe(cap)
    expect(sum(body.facets?.department)).toBe(cap)
    expect(body.facets?.department[String(planning.id)] ?? 0).toBeLessThanOrEqual(9)
    expect(body.facets?.department[String(water.id)] ?? 0).toBeLessThanOrEqual(3)
    expect(body.facets?.column[String(column.id)]).toBe(cap)
    // The estimate is never below what the capped scan saw (cap + 1).
    expect(body.totalDocs).toBeGreaterThan(cap)
    expect(body.totalPages).toBe(Math.max(1, Math.ceil(body.totalDocs! / 20)))
    // The results do not depend on the cap: all 12 (equal titles), by date, newest first.
    expect(body.docs.map((doc) => doc.id)).toEqual(approvals.map((item) => item.id))
  })

  it('a filter that narrows the matches under the cap makes the counts exact again', async () => {
    const body = await search(`q=${encodeURIComponent('审批')}&department=${water.id}`)
    expect(body.approximate).toBe(false)
    expect(body.totalDocs).toBe(3)
    expect(body.facets?.department).toEqual({ [String(water.id)]: 3 })
    expect(body.docs.map((doc) => doc.id)).toEqual(
      approvals.filter((item) => item.department === water.id).map((item) => item.id),
    )
  })

  it('pages by cursor through every match whatever the cap, on both sorts', async () => {
    for (const sort of ['relevance', 'date']) {
      const seen: number[] = []
      let params = `q=${encodeURIComponent('审批')}&limit=4&sort=${sort}`
      let first = true
      for (;;) {
        const body = await search(params)
        if (first) expect(body.approximate).toBe(true)
        else expect(body.approximate).toBeUndefined()
        first = false
        seen.push(...body.docs.map((doc) => doc.id))
        if (!body.nextCursor) break
        params = `q=${encodeURIComponent('审批')}&limit=4&sort=${sort}&cursor=${body.nextCursor}`
      }
      expect(seen).toEqual(approvals.map((item) => item.id))
    }
  })
})

describe('relevance levels', () => {
  const walk = async (sort: string) => {
    const seen: { id: number; score: number }[] = []
    let params = `q=${encodeURIComponent('许可证')}&limit=3&sort=${sort}`
    for (;;) {
      const body = await search(params)
      seen.push(...body.docs.map((doc) => ({ id: doc.id, score: doc.score })))
      if (!body.nextCursor) return seen
      params = `q=${encodeURIComponent('许可证')}&limit=3&sort=${sort}&cursor=${body.nextCursor}`
    }
  }

  it('reads title, summary, body, then abolished items, newest first in each, across pages', async () => {
    const seen = await walk('relevance')
    expect(seen.map((hit) => hit.id)).toEqual([
      ...licences.title,
      ...licences.summary,
      ...licences.body,
      ...licences.abolished,
    ])
    // Scores name the levels and never rise down the list.
    for (let index = 1; index < seen.length; index += 1) {
      expect(seen[index].score).toBeLessThanOrEqual(seen[index - 1].score)
    }
  })

  it('sorted by date, reads every match newest first', async () => {
    const seen = await walk('date')
    const all = [...licences.title, ...licences.summary, ...licences.body, ...licences.abolished]
    expect(seen).toHaveLength(all.length)
    const ids = seen.map((hit) => hit.id)
    expect(new Set(ids)).toEqual(new Set(all))
    // Created oldest first, so newest first is descending ids here.
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
  })

  it('gives the same first page through `page` as through the cursor', async () => {
    const second = await search(`q=${encodeURIComponent('许可证')}&limit=3&page=2`)
    const all = await walk('relevance')
    expect(second.docs.map((doc) => doc.id)).toEqual(all.slice(3, 6).map((hit) => hit.id))
  })
})
