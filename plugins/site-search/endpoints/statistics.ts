import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'

import { userHasRole } from '../../shared/access'
import { refusalResponse } from '../../shared/http/refuse'
import type { ResolvedSearchOptions } from '../types'

const dayPattern = /^\d{4}-\d{2}-\d{2}$/
/** Rows (one per day and query) read per query while summing; keyset by id, no OFFSET. */
const batchSize = 5000
const maxRangeDays = 366
const noStore = { 'Cache-Control': 'no-store' }

type Row = { id: number | string; query: string; count?: number | null; zeroResults?: number | null }
export type QueryCount = { query: string; count: number; zeroResults: number }
export type SearchStatistics = {
  from: string
  to: string
  searches: number
  zeroResultSearches: number
  /** Most asked queries, with how many of their searches found nothing. */
  top: QueryCount[]
  /** Queries most often without results (what citizens look for and do not find). */
  topZeroResults: QueryCount[]
}

const isoDay = (date: Date, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(date)
/** A real calendar day written YYYY-MM-DD (2026-02-30 is not). */
const isDay = (value: string) =>
  dayPattern.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value)
const dayCount = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1

/**
 * Totals and top queries of a period from the statistics collection (rows per site day and
 * folded query: no personal data to begin with). Summed in memory: a period holds one row per
 * distinct query and day, a few thousand for a district's month.
 */
export async function searchStatistics(
  req: PayloadRequest,
  slug: string,
  range: { from: string; to: string },
  limit: number,
): Promise<SearchStatistics> {
  const totals = new Map<string, QueryCount>()
  let last: number | string | undefined
  for (;;) {
    const where: Where = {
      and: [
        { day: { greater_than_equal: range.from } },
        { day: { less_than_equal: range.to } },
        ...(last === undefined ? [] : [{ id: { greater_than: last } }]),
      ],
    }
    const { docs } = await req.payload.db.find({
      collection: slug as CollectionSlug,
      where,
      sort: 'id',
      limit: batchSize,
      pagination: false,
      req,
    })
    for (const row of docs as Row[]) {
      const entry = totals.get(row.query) ?? { query: row.query, count: 0, zeroResults: 0 }
      entry.count += row.count ?? 0
      entry.zeroResults += row.zeroResults ?? 0
      totals.set(row.query, entry)
    }
    if (docs.length < batchSize) break
    last = (docs[docs.length - 1] as Row).id
  }
  const all = [...totals.values()]
  const byQuery = (a: QueryCount, b: QueryCount) => a.query.localeCompare(b.query)
  return {
    ...range,
    searches: all.reduce((sum, entry) => sum + entry.count, 0),
    zeroResultSearches: all.reduce((sum, entry) => sum + entry.zeroResults, 0),
    top: [...all].sort((a, b) => b.count - a.count || byQuery(a, b)).slice(0, limit),
    topZeroResults: all
      .filter((entry) => entry.zeroResults > 0)
      .sort((a, b) => b.zeroResults - a.zeroResults || byQuery(a, b))
      .slice(0, limit),
  }
}

/**
 * `GET /api<path>/statistics?from=YYYY-MM-DD&to=YYYY-MM-DD&limit=20`: the query statistics for
 * analysts (the readers of the statistics collection). Default period: the last 30 site days.
 */
export function statisticsEndpoint(options: ResolvedSearchOptions): Endpoint | null {
  const analytics = options.analytics
  if (!analytics) return null
  return {
    path: `${options.path}/statistics`,
    method: 'get',
    handler: async (req) => {
      if (!req.user) return refusalResponse(req, 401, { zh: '请先登录', en: 'Sign in first' })
      if (!userHasRole(req.user, ...analytics.readRoles))
        return refusalResponse(req, 403, { zh: '仅统计人员可查看', en: 'Analysts only' })
      const params = new URL(req.url ?? 'http://localhost').searchParams
      const today = isoDay(new Date(), options.timeZone)
      const to = params.get('to') || today
      if (!isDay(to)) return refusalResponse(req, 400, { zh: 'to 须为 YYYY-MM-DD 日期', en: 'to: a YYYY-MM-DD day' })
      const from = params.get('from') || isoDay(new Date(Date.parse(to) - 29 * 86_400_000), 'UTC')
      if (!isDay(from))
        return refusalResponse(req, 400, { zh: 'from 须为 YYYY-MM-DD 日期', en: 'from: a YYYY-MM-DD day' })
      if (dayCount(from, to) < 1) return refusalResponse(req, 400, { zh: 'from 不能晚于 to', en: 'from: after to' })
      if (dayCount(from, to) > maxRangeDays)
        return refusalResponse(req, 400, {
          zh: `from 至 to 不能超过 ${maxRangeDays} 天`,
          en: `from: the period is longer than ${maxRangeDays} days`,
        })
      const rawLimit = params.get('limit') ?? '20'
      const limit = Number(rawLimit)
      if (!/^\d+$/.test(rawLimit) || limit < 1 || limit > 100)
        return refusalResponse(req, 400, { zh: 'limit 须为 1–100', en: 'limit: 1 to 100' })
      return Response.json(await searchStatistics(req, analytics.slug, { from, to }, limit), { headers: noStore })
    },
  }
}
