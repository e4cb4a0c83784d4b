'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { panelText, pick } from './labels'

/** 待我审核: a link to the review queue in the admin navigation, for signed-in staff. */
export function QueueNavLink() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  if (!user) return null
  return (
    <a className="nav__link" href={`${config.routes.admin}/review-queue`} id="nav-review-queue">
      <span className="nav__link-label">{panelText.queue[pick(i18n.language)]}</span>
    </a>
  )
}
