import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { userHasRole } from '../../shared/access'
import { HitCharts } from './HitCharts'

/** 统计 › 栏目点击: the analysts' chart view (admin route /admin/hit-analytics). */
export function HitAnalyticsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/hit-analytics`)}`)
  const allowed = userHasRole(req.user, 'admin', 'analyst')
  const zh = req.i18n.language !== 'en'
  const timeZone = (req.payload.config.custom?.site as { timeZone?: string } | undefined)?.timeZone ?? 'Asia/Shanghai'
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
        <h1 style={{ margin: '1.5rem 0 1rem' }}>{zh ? '栏目点击统计' : 'Column hits'}</h1>
        {allowed ? (
          <HitCharts
            apiRoute={`${req.payload.config.serverURL ?? ''}${req.payload.config.routes.api}`}
            timeZone={timeZone}
          />
        ) : (
          <p>{zh ? '仅统计人员和管理员可以查看。' : 'Only analysts and administrators may see this.'}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
