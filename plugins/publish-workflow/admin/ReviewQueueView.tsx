import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { reviewQueue } from '../lib/queue'
import type { ResolvedOptions } from '../types'
import { panelText, pick, stateLabels } from './labels'

/** 待我审核: what awaits the signed-in user — steps they may approve and approved items they may publish. */
export async function ReviewQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const lang = pick(req.i18n?.language)
  const options = (req.payload.config.custom as { publishWorkflow?: ResolvedOptions } | undefined)?.publishWorkflow
  const items = options && req.user ? await reviewQueue(req, options) : []
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
      </Gutter>
    </DefaultTemplate>
  )
}
