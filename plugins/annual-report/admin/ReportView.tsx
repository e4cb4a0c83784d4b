import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { localDay } from '../../shared/calendar/workingDays'
import { outcomes } from '../format'
import { cellRecordsHref } from '../lib/cellRecords'
import { dayOf, findAll } from '../lib/fields'
import { computeReport, loadFigures, type AnnualReport } from '../lib/report'
import { sheetHtml } from '../outputs/document'
import { sheetOf } from '../outputs/tables'
import type { ResolvedAnnualReportOptions } from '../types'
import { GenerateButton } from './GenerateButton'
import { ReportCharts, type ChartData } from './ReportCharts'

async function chartData(
  req: AdminViewServerProps['initPageResult']['req'],
  options: ResolvedAnnualReportOptions,
  report: AnnualReport,
): Promise<ChartData> {
  const months = Array.from({ length: 12 }, () => 0)
  const docs = await findAll(req.payload, options.requestsSlug, [], ['receivedOn'])
  for (const doc of docs) {
    const day = dayOf(doc.receivedOn, options.timeZone)
    if (day?.startsWith(`${report.year}-`)) months[Number(day.slice(5, 7)) - 1]! += 1
  }
  return {
    outcomes: outcomes.map((o) => ({
      name: o.label.zh.replace(/（[^）]*）$/, ''),
      value: report.table3[o.value]!.total,
    })),
    months,
  }
}

/** 年度报告: pick a year, see the tables and every check, download the files, generate the draft notice. */
export async function ReportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const options = (req.payload.config.custom as { annualReport?: ResolvedAnnualReportOptions }).annualReport!
  const allowed = options.reportAccess(req)
  const lastYear = Number(localDay(new Date(), options.timeZone).slice(0, 4)) - 1
  const asked = Number(searchParams?.year)
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : lastYear
  const report = allowed ? await computeReport(req.payload, options, year) : null
  const figures = allowed ? await loadFigures(req.payload, options, year) : undefined
  const charts = report ? await chartData(req, options, report) : null
  const api = `${req.payload.config.routes.api}/annual-report/${year}`
  const admin = req.payload.config.routes.admin
  const failed = report?.checks.filter((c) => !c.ok) ?? []
  const recordsOf = (cell: string) => cellRecordsHref(cell, { admin, year, figuresId: figures?.id }, options)
  // Each cell a failed check names is shown red, linked to the records behind it.
  const marked = new Map(failed.map((check) => [check.cell, recordsOf(check.cell)]))
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>政府信息公开工作年度报告 Annual report</h1>
        {!report ? (
          <p>只有统计人员和管理员可以查看年度报告。</p>
        ) : (
          <>
            <form method="get" style={{ display: 'flex', gap: '1rem', alignItems: 'end', margin: '1rem 0' }}>
              <label>
                年度 Year <input type="number" name="year" min={2000} max={2100} defaultValue={year} />
              </label>
              <button type="submit" className="btn btn--style-secondary btn--size-small">
                查看 Show
              </button>
            </form>
            <p style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
              <a href={`${api}.html`} target="_blank" rel="noreferrer">
                打印版 Printable
              </a>
              <a href={`${api}.xlsx`}>Excel</a>
              <a href={`${api}.csv?table=2`}>表二 CSV</a>
              <a href={`${api}.csv?table=3`}>表三 CSV</a>
              <a href={`${api}.csv?table=4`}>表四 CSV</a>
              <a href={`${api}.md`}>Markdown</a>
              <a href={`${api}/website.html`} target="_blank" rel="noreferrer">
                网站年度报表 Website form
              </a>
              <a href={`${api}/website.xlsx`}>网站年度报表 Excel</a>
              <a
                href={
                  figures?.id !== undefined
                    ? `${admin}/collections/${options.figuresSlug}/${figures.id}`
                    : `${admin}/collections/${options.figuresSlug}/create`
                }
              >
                编辑年度数据和报告正文 Edit figures and narrative
              </a>
            </p>
            <section aria-labelledby="checks">
              <h2 id="checks" style={{ color: failed.length ? 'var(--theme-error-500)' : 'var(--theme-success-500)' }}>
                {failed.length ? `核对未通过 ${failed.length} 项 Checks failed` : '全部核对通过 All checks pass'}
              </h2>
              <div data-checks>
                <ul>
                  {failed.map((check) => {
                    const href = recordsOf(check.cell)
                    return (
                      <li key={check.id} data-ok="false" style={{ color: 'var(--theme-error-500)' }}>
                        ✗ {check.message}
                        {href ? (
                          <>
                            {' '}
                            <a href={href}>查看记录 Records</a>
                          </>
                        ) : null}
                      </li>
                    )
                  })}
                </ul>
                <details>
                  <summary style={{ color: 'var(--theme-success-500)' }}>
                    ✓ {report.checks.length - failed.length} 项核对通过 checks pass
                  </summary>
                  <ul>
                    {report.checks
                      .filter((c) => c.ok)
                      .map((check) => (
                        <li key={check.id} data-ok="true">
                          ✓ {check.message}
                        </li>
                      ))}
                  </ul>
                </details>
              </div>
            </section>
            {charts ? <ReportCharts data={charts} /> : null}
            {(['2', '3', '4'] as const).map((table) => {
              const sheet = sheetOf(report, table)
              return (
                <section key={table} className="annual-report-table">
                  <h2>{sheet.title}</h2>
                  <div dangerouslySetInnerHTML={{ __html: sheetHtml(sheet, marked) }} />
                </section>
              )
            })}
            <GenerateButton year={year} disabled={failed.length > 0} />
            <style>{`.annual-report-table table { border-collapse: collapse; font-size: 0.8rem; margin-bottom: 1rem; }
.annual-report-table th, .annual-report-table td { border: 1px solid var(--theme-elevation-250); padding: 2px 6px; }
.annual-report-table td.n { text-align: center; }
.annual-report-table td.failed { background: var(--theme-error-100); color: var(--theme-error-750); font-weight: bold; outline: 2px solid var(--theme-error-500); }
.annual-report-table td.failed a { color: inherit; }`}</style>
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
