import type { FieldHook } from 'payload'

import { siteDay, siteTimeZone } from '../lib/siteCalendar'

/** A topical column whose end date has passed (site calendar) is archived: still readable, marked. */
export const computeArchived: FieldHook = ({ siblingData, req }) => {
  const column = siblingData as { kind?: string; topical?: { endsOn?: string | null } } | undefined
  const endsOn = column?.topical?.endsOn
  if (column?.kind !== 'topical' || !endsOn) return false
  const timeZone = siteTimeZone(req)
  return siteDay(new Date(), timeZone) > siteDay(endsOn, timeZone)
}
