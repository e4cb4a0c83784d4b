import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { userHasRole } from '../../shared/access'
import { mailboxStatistics, resolvePeriod, type MailboxStatistics } from '../lib/statistics'

const rate = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)}%`)

function Row({ label, stats }: { label: string; stats: MailboxStatistics }) {
  return (
    <tr>
      <th scope="row" style={{ textAlign: 'left' }}>
        {label}
      </th>
      <td>{stats.received}</td>
      <td>{stats.accepted}</td>
      <td>{rate(stats.acceptanceRate)}</td>
      <td>{stats.replied}</td>
      <td>{stats.closed}</td>
      <td>{rate(stats.closureRate)}</td>
      <td>{stats.averageWorkingDaysToReply?.toFixed(1) ?? '—'}</td>
      <td style={stats.overdueNow ? { color: 'var(--theme-error-500)', fontWeight: 700 } : undefined}>
        {stats.overdueNow}
      </td>
    </tr>
  )
}

/** 信箱统计: received, accepted, replied, closed and the rates per mailbox for a period, with CSV export. */
export async function StatisticsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const timeZone =
    (req.payload.config.custom as { site?: { timeZone?: string } } | undefined)?.site?.timeZone ?? 'Asia/Shanghai'
  const allowed = userHasRole(req.user, 'admin', 'analyst')
  const period =
    resolvePeriod(searchParams?.from, searchParams?.to, timeZone) ?? resolvePeriod(undefined, undefined, timeZone)!
  let rows: { label: string; stats: MailboxStatistics }[] = []
  if (allowed) {
    const { docs } = await req.payload.find({
      collection: 'mailboxes',
      depth: 0,
      pagination: false,
      sort: 'order',
      overrideAccess: true,
    })
    for (const mailbox of docs) {
      rows.push({
        label: mailbox.name,
        stats: await mailboxStatistics(req.payload, { mailbox: mailbox.id, period, timeZone }),
      })
    }
    rows = [...rows, { label: '合计', stats: await mailboxStatistics(req.payload, { period, timeZone }) }]
  }
  const apiRoute = req.payload.config.routes.api
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
        <h1>信箱统计 Mailbox statistics</h1>
        {!allowed ? (
          <p>只有统计人员和管理员可以查看统计。</p>
        ) : (
          <>
            <form method="get" style={{ display: 'flex', gap: '1rem', alignItems: 'end', margin: '1rem 0' }}>
              <label>
                起 From <input type="date" name="from" defaultValue={period.from} />
              </label>
              <label>
                止 To <input type="date" name="to" defaultValue={period.to} />
              </label>
              <button type="submit" className="btn btn--style-secondary btn--size-small">
                统计 Show
              </button>
              <a href={`${apiRoute}/mailboxes/statistics?from=${period.from}&to=${period.to}&format=csv`}>导出 CSV</a>
            </form>
            <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
              <caption style={{ textAlign: 'left', marginBottom: '0.5rem' }}>
                {period.from} 至 {period.to}（按收信日期统计）
              </caption>
              <thead>
                <tr>
                  <th scope="col">信箱</th>
                  <th scope="col">收信</th>
                  <th scope="col">受理</th>
                  <th scope="col">受理率</th>
                  <th scope="col">答复</th>
                  <th scope="col">办结</th>
                  <th scope="col">办结率</th>
                  <th scope="col">平均答复工作日</th>
                  <th scope="col">当前超期</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <Row key={row.label} {...row} />
                ))}
              </tbody>
            </table>
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
