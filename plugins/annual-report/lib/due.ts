import type { CollectionSlug, Payload } from 'payload'

import { addWorkingDays, endOfLocalDay, localDay } from '../../shared/calendar/workingDays'
import type { ResolvedAnnualReportOptions } from '../types'

export type DueItem = {
  id: number | string
  subject: string
  receivedOn: string
  dueOn: string
  overdue: boolean
}

/** Working days ahead within which an open request counts as due soon. */
export const dueSoonWorkingDays = 2

/** Open requests past their deadline, and those due within two working days (not those awaiting a correction). */
export async function dueRequests(
  payload: Payload,
  options: Pick<ResolvedAnnualReportOptions, 'requestsSlug' | 'timeZone'>,
  now = new Date(),
): Promise<{ overdue: DueItem[]; dueSoon: DueItem[] }> {
  const { timeZone } = options
  const horizon = endOfLocalDay(addWorkingDays(localDay(now, timeZone), dueSoonWorkingDays), timeZone)
  const { docs } = await payload.find({
    collection: options.requestsSlug as CollectionSlug,
    where: { and: [{ state: { equals: 'running' } }, { dueOn: { less_than_equal: horizon.toISOString() } }] },
    sort: 'dueOn',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { subject: true, receivedOn: true, dueOn: true } as never,
  })
  const items = (docs as unknown as { id: number | string; subject: string; receivedOn: string; dueOn: string }[]).map(
    (doc): DueItem => ({
      id: doc.id,
      subject: doc.subject,
      receivedOn: localDay(doc.receivedOn, timeZone),
      dueOn: localDay(doc.dueOn, timeZone),
      overdue: new Date(doc.dueOn) < now,
    }),
  )
  return { overdue: items.filter((i) => i.overdue), dueSoon: items.filter((i) => !i.overdue) }
}
