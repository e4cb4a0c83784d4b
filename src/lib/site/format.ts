import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

const timeZone = process.env.SITE_TIME_ZONE || 'Asia/Shanghai'

/** A calendar date as readers in the site's time zone see it (instants are stored in UTC). */
export function siteDate(value: string | Date | null | undefined, pattern = 'yyyy-MM-dd'): string {
  if (!value) return ''
  return format(new TZDate(new Date(value).getTime(), timeZone), pattern)
}

export const siteName = () => process.env.SITE_NAME || '示范区人民政府'
