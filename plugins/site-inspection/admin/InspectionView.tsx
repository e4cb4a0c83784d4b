import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { userHasRole } from '../../shared/access'
import { inspectSite } from '../inspection/inspect'
import type { InspectionOptions, InspectionReport, RuleResult, RuleStatus } from '../inspection/types'
import { InspectionCharts, type RuleHistory } from './InspectionCharts'

const historyDays = 60
const statusStyle: Record<RuleStatus, { text: string; background: string }> = {
  green: { text: '绿 正常', background: '#2e7d32' },
  amber: { text: '黄 预警', background: '#ed8b00' },
  red: { text: '红 不合格', background: '#c62828' },
}
const unitText = { days: '天', count: '项', percent: '%' } as const

/** Each rule's value by day, from the stored daily results (oldest first). */
async function histories(
  req: AdminViewServerProps['initPageResult']['req'],
  options: InspectionOptions,
  report: InspectionReport,
  zh: boolean,
): Promise<RuleHistory[]> {
  const { docs } = await req.payload.find({
    collection: (options.resultsSlug ?? 'inspection-results') as never,
    sort: '-day',
    limit: historyDays,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const days = (docs as unknown as { day: string; rules?: RuleResult[] }[]).reverse()
  return report.rules.map((rule) => ({
    id: rule.id,
    label: zh ? rule.label.zh : rule.label.en,
    threshold: rule.threshold,
    unit: rule.unit,
    points: days.flatMap((day) => {
      const stored = day.rules?.find((r) => r.id === rule.id)
      return stored ? [{ day: day.day, value: stored.value, status: stored.status }] : []
    }),
  }))
}

function StatusBadge({ status }: { status: RuleStatus }) {
  const style = statusStyle[status]
  return (
    <span
      data-status={status}
      style={{
        background: style.background,
        color: '#fff',
        borderRadius: 4,
        padding: '0.1rem 0.5rem',
        whiteSpace: 'nowrap',
      }}
    >
      {style.text}
    </span>
  )
}

/** 网站自查: every rule now (red/amber/green, level, the offending records linked) and its history by day. */
export async function InspectionView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/inspection`)}`)
  const options = (req.payload.config.custom?.siteInspection as { inspection?: InspectionOptions } | undefined)
    ?.inspection
  const allowed =
    Boolean(options) && userHasRole(req.user, 'admin', ...((options?.readRoles ?? ['analyst']) as never[]))
  const zh = req.i18n.language !== 'en'
  const report = allowed ? await inspectSite({ payload: req.payload, req }, options!) : null
  const charts = report ? await histories(req, options!, report, zh) : []
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: '1.5rem 0 1rem' }}>{zh ? '网站自查' : 'Site inspection'}</h1>
        {!report ? (
          <p>{zh ? '仅统计人员和管理员可以查看。' : 'Only analysts and administrators may see this.'}</p>
        ) : (
          <>
            <p>
              {zh ? '检查时间' : 'Checked at'} {report.at}（{report.day}）{zh ? '总体：' : 'Overall: '}
              <StatusBadge status={report.status} />{' '}
              <a href={`${req.payload.config.routes.api}/inspection?format=csv`}>CSV</a>
            </p>
            {userHasRole(req.user, 'admin') ? (
              // A plain form: the endpoint stores today's result and sends the browser back here.
              <form method="post" action={`${req.payload.config.routes.api}/inspection/run`}>
                <button type="submit" className="btn btn--style-secondary btn--size-small" data-run-inspection>
                  {zh ? '立即自查并保存今日结果' : "Run now and store today's result"}
                </button>
              </form>
            ) : null}
            <table className="table" style={{ width: '100%', margin: '1rem 0' }} data-inspection-rules>
              <thead>
                <tr>
                  <th>{zh ? '状态' : 'Status'}</th>
                  <th>{zh ? '指标' : 'Rule'}</th>
                  <th>{zh ? '类别' : 'Level'}</th>
                  <th>{zh ? '当前值 / 阈值' : 'Value / threshold'}</th>
                  <th>{zh ? '问题记录' : 'Offending records'}</th>
                </tr>
              </thead>
              <tbody>
                {report.rules.map((rule) => (
                  <tr key={rule.id} data-rule={rule.id} data-status={rule.status} style={{ verticalAlign: 'top' }}>
                    <td>
                      <StatusBadge status={rule.status} />
                    </td>
                    <td>{zh ? rule.label.zh : rule.label.en}</td>
                    <td data-level={rule.level}>
                      {rule.level === 'veto' ? (zh ? '单项否决' : 'Veto') : zh ? '扣分' : 'Deduction'}
                    </td>
                    <td>
                      {rule.value < 0 ? '—' : rule.value} / {rule.threshold}
                      {unitText[rule.unit]}
                    </td>
                    <td>
                      {rule.offenders.length ? (
                        <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
                          {rule.offenders.slice(0, 50).map((offender) => (
                            <li key={`${offender.collection}:${offender.id}:${offender.title}`}>
                              <Link href={`${adminRoute}${offender.adminPath}`} prefetch={false}>
                                {offender.title}
                              </Link>{' '}
                              <small>{offender.detail}</small>
                            </li>
                          ))}
                          {rule.offenders.length > 50 ? <li>… {rule.offenders.length - 50}</li> : null}
                        </ul>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h2 style={{ margin: '1.5rem 0 1rem' }}>
              {zh ? `近 ${historyDays} 天变化` : `The last ${historyDays} days`}
            </h2>
            <InspectionCharts histories={charts} />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
