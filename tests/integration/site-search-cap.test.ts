import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Column, Department, Notice } from '../../payload-types'
import { seedPublishedAtKey } from '../../plugins/disclosure-catalogue'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { contentOnlyConfig, makeColumn, makeDepartment } from './content-fixtures'

/**
 * The count cap of site search (`countCap`, here 5): past it the first page says
 * `approximate`, its facet counts cover only the matches counted (each a lower bound of the
 * true count) and its total is an estimate never below what was seen; under it everything is
 * exact. The results themselves (order, paging) do not depend on the cap.
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
/** The items holding 审批, newest first, and the department of each. */
const approvals: { id: number; department: number; publishedAt: string }[] = []

beforeAll(async () => {
  site = await startTestSite({ config: (url: string) => contentOnlyConfig(url, { countCap: cap }) })
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
