import type { Endpoint, PayloadRequest } from 'payload'

import { refusalResponse } from '../../shared/http/refuse'
import { loadFigures, computeReport } from '../lib/report'
import { reportHtml, reportMarkdown, type Narrative } from '../outputs/document'
import { sheetToCsv } from '../outputs/csv'
import { sheetOf } from '../outputs/tables'
import { sheetsToXlsx } from '../outputs/xlsx'
import type { ResolvedAnnualReportOptions } from '../types'

type Format = 'json' | 'csv' | 'xlsx' | 'md' | 'html'

/** `2025`, `2025.csv` …: the year and the format, or null. */
export function parseYearParam(param: unknown): { year: number; format: Format } | null {
  const match = /^(\d{4})(?:\.(json|csv|xlsx|md|html))?$/.exec(String(param ?? ''))
  if (!match) return null
  const year = Number(match[1])
  if (year < 2000 || year > 2100) return null
  return { year, format: (match[2] ?? 'json') as Format }
}

/** Anonymous callers get a 401, signed-in staff without the right a 403; null when allowed. */
export function refuseUnlessAllowed(req: PayloadRequest, options: ResolvedAnnualReportOptions): Response | null {
  if (!req.user) return refusalResponse(req, 401, { zh: '请先登录', en: 'Sign in to read the annual report' })
  if (!options.reportAccess(req))
    return refusalResponse(req, 403, {
      zh: '只有统计人员和管理员可以查看年度报告',
      en: 'Only analysts and administrators read the annual report',
    })
  return null
}

export const badYear = (req: PayloadRequest) =>
  refusalResponse(req, 400, {
    zh: '参数 year（年度）须为2000至2100之间的四位数字，可加 .csv、.xlsx、.md 或 .html',
    en: 'year: four digits from 2000 to 2100, optionally followed by .csv, .xlsx, .md or .html',
  })

export function reportTitle(req: PayloadRequest, site: Record<string, unknown> | undefined, year: number) {
  const configured = (req.payload.config.custom as { site?: { name?: string } } | undefined)?.site?.name
  const name = (typeof site?.name === 'string' && site.name) || configured || ''
  return `${name}${year}年政府信息公开工作年度报告`
}

const download = (body: BodyInit, type: string, filename: string) =>
  new Response(body, {
    status: 200,
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'Cache-Control': 'no-store',
    },
  })

/** `GET /api/annual-report/:year[.csv|.xlsx|.md|.html]`: the disclosure report of a year, checked. */
export function reportEndpoint(options: ResolvedAnnualReportOptions): Endpoint {
  return {
    path: '/annual-report/:year',
    method: 'get',
    handler: async (req) => {
      const refused = refuseUnlessAllowed(req, options)
      if (refused) return refused
      const parsed = parseYearParam(req.routeParams?.year)
      if (!parsed) return badYear(req)
      const { year, format } = parsed
      const table = req.searchParams.get('table')
      if (format === 'csv' && !['2', '3', '4'].includes(table ?? ''))
        return refusalResponse(req, 400, { zh: 'table 参数须为 2、3 或 4', en: 'table must be 2, 3 or 4' })

      const report = await computeReport(req.payload, options, year)
      if (format === 'json') return Response.json(report, { headers: { 'Cache-Control': 'no-store' } })
      const figures = await loadFigures(req.payload, options, year)
      const title = reportTitle(req, figures?.site as Record<string, unknown> | undefined, year)
      const narrative = (figures?.narrative ?? {}) as Narrative
      if (format === 'csv')
        return download(
          sheetToCsv(sheetOf(report, table as '2' | '3' | '4')),
          'text/csv; charset=utf-8',
          `${title}-表${table}.csv`,
        )
      if (format === 'xlsx') {
        const buffer = await sheetsToXlsx([sheetOf(report, '2'), sheetOf(report, '3'), sheetOf(report, '4')], title)
        return download(
          new Uint8Array(buffer),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          `${title}.xlsx`,
        )
      }
      if (format === 'md')
        return download(reportMarkdown(report, title, narrative), 'text/markdown; charset=utf-8', `${title}.md`)
      return new Response(reportHtml(report, title, narrative), {
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
      })
    },
  }
}
