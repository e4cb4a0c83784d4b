import type { Metadata } from 'next'

import { getSiteIdentity, identityDomain, identityName } from './identity'

/**
 * 网页标签 of the 2017 guideline (政府网站网页设计规范): `SiteName`, `SiteDomain`, `SiteIDCode` on
 * every page, plus the column and article tags the page passes. Rendered as `<meta name content>`.
 * Next.js replaces `other` as a whole, so every page that adds tags repeats the site's.
 */
export async function pageTags(extra: Record<string, string | undefined | null> = {}): Promise<Metadata['other']> {
  const identity = await getSiteIdentity()
  const tags: Record<string, string> = {
    SiteName: identityName(identity),
    SiteDomain: identityDomain(identity),
    SiteIDCode: identity.siteIdCode ?? '',
  }
  for (const [name, value] of Object.entries(extra)) if (value) tags[name] = value
  return tags
}
