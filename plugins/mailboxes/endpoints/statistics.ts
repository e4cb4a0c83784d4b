import type { Endpoint } from 'payload'

import { userHasRole } from '../../shared/access'
import { mailboxStatistics, resolvePeriod } from '../lib/statistics'
import { statisticsCsv } from '../lib/statisticsCsv'
import { errorResponse, json, type MailboxRuntime } from './runtime'

/**
 * `GET /api/mailboxes/statistics?from=2026-01-01&to=2026-12-31[&mailbox=<id>][&format=csv]`:
 * aggregates only (no letter, no personal data), for analysts and administrators.
 * Without `mailbox`: one entry per mailbox plus the total of all.
 */
export const statisticsEndpoint = (runtime: MailboxRuntime): Endpoint => ({
  path: '/statistics',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return errorResponse(req, 401, { zh: '请先登录', en: 'Sign in first' })
    if (!userHasRole(req.user, 'admin', 'analyst')) {
      return errorResponse(req, 403, {
        zh: '只有统计人员和管理员可以查看统计',
        en: 'Only analysts and administrators can read statistics',
      })
    }
    const period = resolvePeriod(req.query.from, req.query.to, runtime.timeZone)
    if (!period) {
      return errorResponse(req, 400, {
        zh: '统计期间应为 from=YYYY-MM-DD&to=YYYY-MM-DD，且起日不晚于止日',
        en: 'Give from=YYYY-MM-DD&to=YYYY-MM-DD with from ≤ to',
      })
    }
    const { docs: mailboxes } = await req.payload.find({
      collection: 'mailboxes',
      depth: 0,
      pagination: false,
      sort: 'order',
      overrideAccess: true,
      req,
    })
    const requested = typeof req.query.mailbox === 'string' ? req.query.mailbox : undefined
    const chosen = requested ? mailboxes.filter((m) => String(m.id) === requested || m.slug === requested) : mailboxes
    if (requested && chosen.length === 0) return errorResponse(req, 404, { zh: '信箱不存在', en: 'No such mailbox' })
    const results = []
    for (const mailbox of chosen) {
      results.push(await mailboxStatistics(req.payload, { mailbox: mailbox.id, period, timeZone: runtime.timeZone }))
    }
    if (!requested) results.push(await mailboxStatistics(req.payload, { period, timeZone: runtime.timeZone }))
    if (req.query.format === 'csv') {
      return new Response(statisticsCsv(results), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="mailbox-statistics-${period.from}-${period.to}.csv"`,
          'Cache-Control': 'no-store',
        },
      })
    }
    return json({ period, mailboxes: results })
  },
})
