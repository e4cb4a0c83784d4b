import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import type { PayloadRequest } from 'payload'

/** The site's time zone (config.custom.site.timeZone), default Asia/Shanghai. */
export function siteTimeZone(req: Pick<PayloadRequest, 'payload'> | undefined): string {
  const custom = req?.payload?.config?.custom as { site?: { timeZone?: string } } | undefined
  return custom?.site?.timeZone || 'Asia/Shanghai'
}

/** The calendar day (`yyyy-MM-dd`) an instant falls on in the site's time zone. */
export function siteDay(instant: Date | string | number, timeZone: string): string {
  return format(new TZDate(new Date(instant).getTime(), timeZone), 'yyyy-MM-dd')
}

/** The calendar year of an instant in the site's time zone. */
export function siteYear(instant: Date | string | number, timeZone: string): number {
  return Number(siteDay(instant, timeZone).slice(0, 4))
}
