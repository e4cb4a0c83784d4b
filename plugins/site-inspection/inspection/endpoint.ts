import type { Endpoint } from 'payload'

import { userHasRole } from '../../shared/access'
import { refusalResponse } from '../../shared/http/refuse'
import { reportCsv } from './csv'
import { runDailyInspection } from './digest'
import { inspectSite } from './inspect'
import type { InspectionOptions } from './types'

/** `GET /api/inspection` (`?format=csv`): every rule now, for analysts and admins. */
export const inspectionEndpoint = (options: InspectionOptions): Endpoint => ({
  path: '/inspection',
  method: 'get',
  handler: async (req) => {
    if (!userHasRole(req.user, 'admin', ...(options.readRoles ?? ['analyst'])))
      return refusalResponse(req, req.user ? 403 : 401, {
        zh: '只有管理员和统计人员可以查看网站自查结果',
        en: 'Only administrators and analysts may read the inspection',
      })
    const report = await inspectSite({ payload: req.payload, req }, options)
    const format = (req.query as { format?: string } | undefined)?.format
    if (format === 'csv')
      return new Response(reportCsv(report), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="inspection-${report.day}.csv"`,
          'Cache-Control': 'no-store',
        },
      })
    if (format && format !== 'json')
      return refusalResponse(req, 400, { zh: 'format 只能是 json 或 csv', en: 'format must be json or csv' })
    return Response.json(report, { headers: { 'Cache-Control': 'no-store' } })
  },
})

/**
 * `POST /api/inspection/run` (admins): runs the daily inspection now — stores today's result
 * and mails the digest as the job would — then sends the browser back to the dashboard.
 */
export const runInspectionEndpoint = (options: InspectionOptions): Endpoint => ({
  path: '/inspection/run',
  method: 'post',
  handler: async (req) => {
    if (!userHasRole(req.user, 'admin'))
      return refusalResponse(req, req.user ? 403 : 401, {
        zh: '只有管理员可以立即运行网站自查',
        en: 'Only administrators may run the inspection now',
      })
    const { report, mailed } = await runDailyInspection(req.payload, options)
    if ((req.headers.get('accept') ?? '').includes('text/html'))
      return new Response(null, { status: 303, headers: { Location: `${req.payload.config.routes.admin}/inspection` } })
    return Response.json(
      { day: report.day, status: report.status, mailed },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
})
