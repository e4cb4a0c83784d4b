'use client'
import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'

import { userHasRole, type UserWithRoles } from '../../shared/access/userHasRole'

/** A link to the chart view in the admin navigation, for analysts and administrators. */
export function HitAnalyticsNavLink() {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  if (!userHasRole(user as UserWithRoles, 'admin', 'analyst')) return null
  return (
    <Link className="nav__link" href={`${config.routes.admin}/hit-analytics`} id="nav-hit-analytics" prefetch={false}>
      <span className="nav__link-label">{i18n.language === 'en' ? 'Column hits' : '栏目点击统计'}</span>
    </Link>
  )
}
