'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import React from 'react'

/** A link to the statistics view in the admin navigation, for analysts and administrators. */
export function StatisticsNavLink() {
  const { user } = useAuth<{ roles?: string[] }>()
  const { config } = useConfig()
  if (!user?.roles?.some((role) => role === 'admin' || role === 'analyst')) return null
  return (
    <a className="nav__link" href={`${config.routes.admin}/mailbox-statistics`}>
      <span className="nav__link-label">信箱统计</span>
    </a>
  )
}
