import { cache } from 'react'

import type { SiteIdentity } from '../../../payload-types'
import { siteName } from './format'
import { sitePayload } from './payload'

/** The site-identity global (footer marks, page tags); empty fields fall back to the site's settings. */
export const getSiteIdentity = cache(async (): Promise<SiteIdentity> => {
  try {
    const payload = await sitePayload()
    return (await payload.findGlobal({ slug: 'site-identity', depth: 0, overrideAccess: false })) as SiteIdentity
  } catch {
    // Before the schema exists (a first start): the footer still renders.
    return { id: 0 } as SiteIdentity
  }
})

export const identityName = (identity: SiteIdentity) => identity.siteName || siteName()
export const identityDomain = (identity: SiteIdentity) =>
  identity.siteDomain || (process.env.SITE_URL ? new URL(process.env.SITE_URL).host : '')
