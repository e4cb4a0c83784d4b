import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { userHasRole } from '../../shared/access'
import { failedSchedules, reviewQueue } from '../lib/queue'
import type { ResolvedOptions } from '../types'
import { panelText, pick, stateLabels } from './labels'

/** 待我审核: what awaits the signed-in user — steps they may approve and approved items they may publish. */
export async function ReviewQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const lang = pick(req.i18n?.language)
  const options = (req.payload.config.custom as { publishWorkflow?: ResolvedOptions } | undefined)?.publishWorkflow
  const items = options && req.user ? await reviewQueue(req, options) : []
  // Scheduled changes that did not happen are an administrator's to see and fix.
  const failed = options && userHasRole(req.user, 'admin') ? await failedSchedules(req, options) : []
  const adminRoute = req.payload.config.routes.admin
  const timeZone =
    (req.payload.config.custom as { site?: { timeZone?: string } } | undefined)?.site?.timeZone ?? 'Asia/Shanghai'
  const format = (iso: string | null) =>
    iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone }) : '—'
  const collectionLabel = (slug: string) => {
    const labels = req.payload.collections[slug as keyof typeof req.payload.collections]?.config.labels?.plural
    if (labels && typeof labels === 'object' && lang in labels) return String((labels as Record<string, string>)[lang])
    return slug
  }
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
        <h1>{panelText.queue[lang]}</h1>
        {items.length === 0 ? (
          <p className="workflow-queue__empty">{panelText.queueEmpty[lang]}</p>
        ) : (
          <table className="table workflow-queue" style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: 'left' }}>
                  {panelText.item[lang]}
                </th>
                <th scope="col" style={{ textAlign: 'left' }}>
                  {panelText.collection[lang]}
                </th>
                <th scope="col" style={{ textAlign: 'left' }}>
                  {panelText.state[lang]}
                </th>
                <th scope="col" style={{ textAlign: 'left' }}>
                  {panelText.updated[lang]}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.collection}:${item.id}`} data-queue-item={`${item.collection}:${item.id}`}>
                  <td>
                    <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</a>
                  </td>
                  <td>{collectionLabel(item.collection)}</td>
                  <td>
                    {item.awaiting === 'review'
                      ? `${panelText.awaitingReview[lang]} · ${item.stepLabel?.[lang] ?? ''}`
                      : `${panelText.awaitingPublish[lang]} · ${stateLabels.approved[lang]}`}
                  </td>
                  <td>{format(item.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {failed.length > 0 && (
          <section className="workflow-failed-schedules" data-failed-schedules={failed.length}>
            <h2>{lang === 'en' ? 'Scheduled changes that did not happen' : '未执行的定时操作'}</h2>
            <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  <th scope="col" style={{ textAlign: 'left' }}>
                    {panelText.item[lang]}
                  </th>
                  <th scope="col" style={{ textAlign: 'left' }}>
                    {lang === 'en' ? 'Scheduled for' : '定时时间'}
                  </th>
                  <th scope="col" style={{ textAlign: 'left' }}>
                    {lang === 'en' ? 'Reason' : '原因'}
                  </th>
                </tr>
              </thead>
              <tbody>
                {failed.map((row) => (
                  <tr key={row.job} data-failed-schedule={`${row.collection}:${row.id}`}>
                    <td>
                      <a href={`${adminRoute}/collections/${row.collection}/${row.id}`}>{row.title}</a> ·{' '}
                      {row.change === 'unpublish'
                        ? lang === 'en'
                          ? 'unpublish'
                          : '下线'
                        : lang === 'en'
                          ? 'publish'
                          : '发布'}
                    </td>
                    <td>{format(row.at)}</td>
                    <td>
                      {row.reason}
                      {row.refused ? '' : ` (${lang === 'en' ? 'attempts' : '尝试次数'}: ${row.attempts})`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
