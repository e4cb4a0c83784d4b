'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import React from 'react'

/** A link to the annual-report view in the admin navigation, for analysts and administrators. */
export function ReportNavLink() {
  const { user } = useAuth<{ roles?: string[] }>()
  const { config } = useConfig()
  if (!user?.roles?.some((role) => role === 'admin' || role === 'analyst')) return null
  return (
    <a className="nav__link" href={`${config.routes.admin}/annual-report`}>
      <span className="nav__link-label">年度报告 Annual report</span>
    </a>
  )
}
