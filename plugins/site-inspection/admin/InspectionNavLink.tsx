'use client'
import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'

import { userHasRole, type UserWithRoles } from '../../shared/access/userHasRole'

/** A link to the inspection dashboard in the admin navigation, for analysts and administrators. */
export function InspectionNavLink({ readRoles = ['analyst'] }: { readRoles?: string[] }) {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  if (!userHasRole(user as UserWithRoles, 'admin', ...(readRoles as never[]))) return null
  return (
    <Link className="nav__link" href={`${config.routes.admin}/inspection`} id="nav-inspection" prefetch={false}>
      <span className="nav__link-label">{i18n.language === 'en' ? 'Site inspection' : '网站自查'}</span>
    </Link>
  )
}
