import type { Endpoint, PayloadRequest } from 'payload'

import { refusalResponse } from '../../shared/http/refuse'
import { loadFigures } from '../lib/report'
import { computeWebsiteForm } from '../lib/website'
import { sheetToCsv } from '../outputs/csv'
import { websiteHtml, websiteSheet } from '../outputs/website'
import { sheetsToXlsx } from '../outputs/xlsx'
import type { ResolvedAnnualReportOptions } from '../types'
import { badYear, parseYearParam, refuseUnlessAllowed } from './report'

function websiteTitle(req: PayloadRequest, site: Record<string, unknown> | undefined, year: number) {
  const configured = (req.payload.config.custom as { site?: { name?: string } } | undefined)?.site?.name
  const name = (typeof site?.name === 'string' && site.name) || configured || ''
  return `${name}政府网站工作年度报表（${year}年度）`
}

const download = (body: BodyInit, type: string, filename: string) =>
  new Response(body, {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'Cache-Control': 'no-store',
    },
  })

/** `GET /api/annual-report/:year/website[.csv|.xlsx|.html]`: the website's annual form (国办函〔2018〕12号). */
export function websiteEndpoint(options: ResolvedAnnualReportOptions): Endpoint {
  return {
    path: '/annual-report/:year/:form',
    method: 'get',
    handler: async (req) => {
      const refused = refuseUnlessAllowed(req, options)
      if (refused) return refused
      const parsed = parseYearParam(req.routeParams?.year)
      if (!parsed || parsed.format !== 'json') return badYear(req)
      const form = /^website(?:\.(json|csv|xlsx|html))?$/.exec(String(req.routeParams?.form ?? ''))
      if (!form)
        return refusalResponse(req, 404, {
          zh: '没有这个报表：可用 website、website.csv、website.xlsx、website.html',
          en: 'No such form: website, website.csv, website.xlsx or website.html',
        })
      const { year } = parsed
      const figures = await loadFigures(req.payload, options, year)
      const title = websiteTitle(req, figures?.site as Record<string, unknown> | undefined, year)
      const result = await computeWebsiteForm(req.payload, options, year, title)
      const format = form[1] ?? 'json'
      if (format === 'json') return Response.json(result, { headers: { 'Cache-Control': 'no-store' } })
      if (format === 'csv') return download(sheetToCsv(websiteSheet(result)), 'text/csv; charset=utf-8', `${title}.csv`)
      if (format === 'xlsx')
        return download(
          new Uint8Array(await sheetsToXlsx([websiteSheet(result)], title)),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          `${title}.xlsx`,
        )
      return new Response(websiteHtml(result), {
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
      })
    },
  }
}
