'use client'

import { useEffect } from 'react'

import { apiOrigin } from './apiOrigin'

type Props = { column?: number | string; item?: number | string; collection?: string }

/**
 * Reports one view to the hit counter. The API origin comes from
 * `<meta name="gongkai-api">` so the static export can point it at the live site.
 * `text/plain` keeps the beacon a CORS "simple request" when the origins differ.
 */
export function HitBeacon({ column, item, collection }: Props) {
  useEffect(() => {
    const origin = apiOrigin()
    const body = JSON.stringify(item !== undefined ? { item, collection: collection ?? 'notices' } : { column })
    const url = `${origin}/api/hits`
    const blob = new Blob([body], { type: 'text/plain;charset=UTF-8' })
    if (!navigator.sendBeacon?.(url, blob)) {
      void fetch(url, {
        method: 'POST',
        body,
        keepalive: true,
        headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      }).catch(() => {})
    }
  }, [column, item, collection])
  return null
}
