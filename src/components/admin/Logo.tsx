import React from 'react'

/** The site's name on the admin sign-in page (SITE_LOGO_TEXT). */
export function Logo({ text }: { text?: string }) {
  return (
    <span className="gongkai-logo" style={{ fontSize: '1.75rem', fontWeight: 700, letterSpacing: '0.05em' }}>
      {text}
    </span>
  )
}

/** The small mark in the admin navigation: the first character of the site's name. */
export function Icon({ text }: { text?: string }) {
  return (
    <span aria-hidden="true" style={{ fontWeight: 700, fontSize: '1.1rem' }}>
      {text?.slice(0, 1) || '公'}
    </span>
  )
}
