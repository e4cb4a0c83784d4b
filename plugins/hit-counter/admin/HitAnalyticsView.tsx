import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { RenderServerComponent } from '@payloadcms/ui/elements/RenderServerComponent'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { userHasRole } from '../../shared/access'
import { analyticsPanelsOf } from '../lib/panels'
import { HitCharts } from './HitCharts'

/** 统计 › 栏目点击: the analysts' chart view (admin route /admin/hit-analytics). */
export function HitAnalyticsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/hit-analytics`)}`)
  const allowed = userHasRole(req.user, 'admin', 'analyst')
  const zh = req.i18n.language !== 'en'
  const timeZone = (req.payload.config.custom?.site as { timeZone?: string } | undefined)?.timeZone ?? 'Asia/Shanghai'
  const apiRoute = `${req.payload.config.serverURL ?? ''}${req.payload.config.routes.api}`
  // Other plugins' panels (the host's analyticsPanels option); HitCharts gives them the period.
  const panels = allowed
    ? analyticsPanelsOf(req.payload.config.admin.dependencies).map((panel, index) =>
        RenderServerComponent({
          Component: panel.path,
          clientProps: { ...panel.clientProps, apiRoute },
          importMap: req.payload.importMap,
          key: `panel-${index}`,
        }),
      )
    : []
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
          <HitCharts apiRoute={apiRoute} timeZone={timeZone} panels={panels} />
        ) : (
          <p>{zh ? '仅统计人员和管理员可以查看。' : 'Only analysts and administrators may see this.'}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
