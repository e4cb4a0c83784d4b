import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { localText } from '../../shared/i18n/localText'
import { columnDailySeries, columnRanking, columnTopItems, rangeFromQuery, type DayRange } from '../lib/analytics'
import { csvResponse } from '../lib/csv'
import { dayNumberToIso } from '../lib/day'
import type { ResolvedHitCounterOptions } from '../types'

const noStore = { 'Cache-Control': 'no-store' }

function guard(req: PayloadRequest, options: ResolvedHitCounterOptions, timeZone: string): DayRange {
  if (!req.user) throw new APIError(localText(req, { zh: '请先登录', en: 'Sign in first' }), 401, undefined, true)
  if (!options.analyticsAccess(req)) {
    throw new APIError(localText(req, { zh: '仅统计人员可查看', en: 'Analysts only' }), 403, undefined, true)
  }
  const range = rangeFromQuery((req.query ?? {}) as Record<string, unknown>, timeZone)
  if ('error' in range) throw new APIError(localText(req, range.error), 400, undefined, true)
  return range
}

const wantsCsv = (req: PayloadRequest) => (req.query as Record<string, unknown>)?.format === 'csv'
const rangeLabel = (range: DayRange) => `${dayNumberToIso(range.from)}_${dayNumberToIso(range.to)}`

async function columnParam(req: PayloadRequest, options: ResolvedHitCounterOptions) {
  const id = req.routeParams?.id as string | undefined
  const found = id
    ? await req.payload
        .find({
          collection: options.columns.slug,
          where: { id: { equals: id } },
          depth: 0,
          limit: 1,
          overrideAccess: true,
          req,
        })
        .catch(() => null)
    : null
  if (!found?.docs.length)
    throw new APIError(localText(req, { zh: '栏目不存在', en: 'No such column' }), 404, undefined, true)
  return found.docs[0].id
}

/** The analyst API: ranking, a column's daily series, a column's top items; each also as CSV. */
export function analyticsEndpoints(options: ResolvedHitCounterOptions, timeZone: string): Endpoint[] {
  return [
    {
      path: '/hits/ranking',
      method: 'get',
      handler: async (req) => {
        const range = guard(req, options, timeZone)
        const rollupParam = (req.query as Record<string, unknown>)?.rollup
        const rollup = rollupParam === 'true' || rollupParam === '1'
        const rows = await columnRanking(req, options, range, rollup)
        if (wantsCsv(req)) {
          const zh = req.i18n?.language !== 'en'
          return csvResponse(
            `column-ranking_${rangeLabel(range)}.csv`,
            zh
              ? ['排名', '栏目', '路径', '点击量', '占比(%)', '上期点击量', '增减', '增减(%)']
              : ['Rank', 'Column', 'Path', 'Hits', 'Share (%)', 'Previous hits', 'Change', 'Change (%)'],
            rows.map((row) => [
              row.rank,
              row.name,
              row.path,
              row.hits,
              Number((row.share * 100).toFixed(1)),
              row.previousHits,
              row.change,
              row.changeRatio === null ? '' : Number((row.changeRatio * 100).toFixed(1)),
            ]),
          )
        }
        return Response.json(
          {
            from: dayNumberToIso(range.from),
            to: dayNumberToIso(range.to),
            rollup,
            total: rows.reduce((s, r) => s + r.hits, 0),
            rows,
          },
          { headers: noStore },
        )
      },
    },
    {
      path: '/hits/columns/:id/daily',
      method: 'get',
      handler: async (req) => {
        const range = guard(req, options, timeZone)
        const column = await columnParam(req, options)
        const series = await columnDailySeries(req.payload, column, range)
        if (wantsCsv(req)) {
          const zh = req.i18n?.language !== 'en'
          return csvResponse(
            `column-${column}-daily_${rangeLabel(range)}.csv`,
            zh ? ['日期', '点击量'] : ['Date', 'Hits'],
            series.map((point) => [point.date, point.hits]),
          )
        }
        return Response.json(
          { column, from: dayNumberToIso(range.from), to: dayNumberToIso(range.to), series },
          { headers: noStore },
        )
      },
    },
    {
      path: '/hits/columns/:id/top-items',
      method: 'get',
      handler: async (req) => {
        const range = guard(req, options, timeZone)
        const column = await columnParam(req, options)
        const limitParam = Number((req.query as Record<string, unknown>)?.limit ?? 10)
        if (!Number.isInteger(limitParam) || limitParam < 1 || limitParam > 100) {
          throw new APIError(
            localText(req, { zh: 'limit 应为 1–100', en: 'limit must be 1–100' }),
            400,
            undefined,
            true,
          )
        }
        const items = await columnTopItems(req, options, column, range, limitParam)
        if (wantsCsv(req)) {
          const zh = req.i18n?.language !== 'en'
          return csvResponse(
            `column-${column}-top-items_${rangeLabel(range)}.csv`,
            zh ? ['排名', '标题', '类型', 'ID', '点击量'] : ['Rank', 'Title', 'Collection', 'ID', 'Hits'],
            items.map((item) => [item.rank, item.title, item.collection, item.id, item.hits]),
          )
        }
        return Response.json(
          { column, from: dayNumberToIso(range.from), to: dayNumberToIso(range.to), items },
          { headers: noStore },
        )
      },
    },
  ]
}
