import type { CollectionSlug, Endpoint } from 'payload'

import { refusalResponse } from '../../shared/http/refuse'
import { computeReport, loadFigures } from '../lib/report'
import type { Narrative } from '../outputs/document'
import { reportLexical } from '../outputs/lexical'
import type { ResolvedAnnualReportOptions } from '../types'
import { badYear, parseYearParam, refuseUnlessAllowed, reportTitle } from './report'

/**
 * `POST /api/annual-report/:year/generate`: a draft notice of the work-report type holding the
 * report, which then goes through the normal review. Refused (409, the failing cells named) while
 * any check fails.
 */
export function generateEndpoint(options: ResolvedAnnualReportOptions): Endpoint {
  const generate = options.generate
  return {
    path: '/annual-report/:year/generate',
    method: 'post',
    handler: async (req) => {
      const refused = refuseUnlessAllowed(req, options)
      if (refused) return refused
      const parsed = parseYearParam(req.routeParams?.year)
      if (!parsed || parsed.format !== 'json' || !generate) return badYear(req)
      const { year } = parsed
      const report = await computeReport(req.payload, options, year)
      const failed = report.checks.filter((check) => !check.ok)
      if (failed.length)
        return Response.json(
          {
            errors: [
              {
                message:
                  req.i18n?.language === 'en'
                    ? `The report does not add up; fix these cells first: ${failed.map((c) => c.cell).join(', ')}`
                    : `报告核对未通过，请先修正：${failed.map((c) => c.message).join('；')}`,
                data: { failed },
              },
            ],
          },
          { status: 409, headers: { 'Cache-Control': 'no-store' } },
        )
      const figures = await loadFigures(req.payload, options, year)
      const title = reportTitle(req, figures?.site as Record<string, unknown> | undefined, year)
      const extra = (await generate.data?.(req, year)) ?? {}
      try {
        const doc = await req.payload.create({
          collection: generate.slug as CollectionSlug,
          data: {
            ...extra,
            [generate.titleField]: title,
            [generate.typeField]: generate.typeValue,
            [generate.bodyField]: reportLexical(report, (figures?.narrative ?? {}) as Narrative),
            _status: 'draft',
          } as never,
          // Saved as a draft but validated in full (a draft save would skip validation and store
          // a notice that could never be published, e.g. of a type the host does not have).
          draft: false,
          // The endpoint checked who may generate; the notice still goes through review.
          overrideAccess: true,
          req,
        })
        return Response.json({ doc: { id: doc.id, title } }, { status: 201 })
      } catch (error) {
        const status = (error as { status?: number }).status
        if (status && status >= 400 && status < 500) {
          // Name the notice's fields that refused (a ValidationError carries their paths).
          const fields = ((error as { data?: { errors?: { path?: string }[] } }).data?.errors ?? [])
            .map((e) => e.path)
            .filter(Boolean)
          const named = fields.length ? ` (${generate.slug}: ${fields.join(', ')})` : ''
          return refusalResponse(req, status, {
            zh: `无法生成工作报告草稿：${(error as Error).message}${named}`,
            en: `The work-report draft could not be created: ${(error as Error).message}${named}`,
          })
        }
        throw error
      }
    },
  }
}
