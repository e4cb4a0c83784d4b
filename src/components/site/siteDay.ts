/**
 * A calendar date (YYYY-MM-DD) for lists the browser renders from API answers. Server pages use
 * `siteDate` (src/lib/site/format.ts), which follows SITE_TIME_ZONE; the browser cannot read
 * that setting, so it uses the default zone.
 */
export function siteDay(value?: string | null): string {
  return value ? new Date(value).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }) : ''
}
