import type { FieldHook } from 'payload'

import { siteDay, siteTimeZone } from '../lib/siteCalendar'

/** 公示期 state on the site calendar: 未开始 / 公示中 / 已结束 (both days inclusive). */
export const computeCommentPeriodState: FieldHook = ({ siblingData, req }) => {
  const period = siblingData as { startsOn?: string | null; endsOn?: string | null } | undefined
  if (!period?.startsOn && !period?.endsOn) return null
  const timeZone = siteTimeZone(req)
  const today = siteDay(new Date(), timeZone)
  if (period.startsOn && today < siteDay(period.startsOn, timeZone)) return 'not-started'
  if (period.endsOn && today > siteDay(period.endsOn, timeZone)) return 'closed'
  return 'open'
}

export const validateCommentPeriodEnd = (
  value: unknown,
  { siblingData }: { siblingData: { startsOn?: string | null } },
): true | string =>
  !value ||
  !siblingData?.startsOn ||
  new Date(value as string) >= new Date(siblingData.startsOn) ||
  '公示结束日期不能早于开始日期 (commentPeriod.endsOn must not be before startsOn)'
