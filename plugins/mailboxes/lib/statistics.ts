import type { Payload, Where } from 'payload'

import { lettersSlug } from '../access/handledMailboxes'
import { letterCategories, letterSources, type LetterState } from '../types'
import { openStates } from './deadlines'
import { endOfLocalDay, localDay, workingDaysBetween } from '../../shared/calendar/workingDays'

export type Period = { from: string; to: string }

export type Counts = {
  received: number
  accepted: number
  rejected: number
  replied: number
  closed: number
  /** 受理率: accepted ÷ received, in percent to one decimal (null when nothing was received). */
  acceptanceRate: number | null
  /** 办结率: closed ÷ accepted, in percent to one decimal. */
  closureRate: number | null
}

export type MailboxStatistics = Counts & {
  mailbox: { id: number | string; name: string } | null
  period: Period
  /** Mean working days from receipt to reply, to one decimal. */
  averageWorkingDaysToReply: number | null
  /** Open letters of the period past their deadline right now. */
  overdueNow: number
  byCategory: ({ category: string; label: string } & Counts)[]
  bySource: ({ source: string; label: string } & Counts)[]
}

type LetterRow = {
  mailbox?: unknown
  state?: string | null
  category?: string | null
  source?: string | null
  receivedAt?: string | null
  dueAt?: string | null
  reply?: { repliedAt?: string | null } | null
}

const acceptedStates: LetterState[] = ['accepted', 'forwarded', 'replied', 'closed']
const repliedStates: LetterState[] = ['replied', 'closed']

export const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10)

function count(rows: LetterRow[]): Counts {
  const has = (states: LetterState[]) => rows.filter((row) => states.includes(row.state as LetterState)).length
  const received = rows.length
  const accepted = has(acceptedStates)
  const closed = has(['closed'])
  return {
    received,
    accepted,
    rejected: has(['rejected']),
    replied: has(repliedStates),
    closed,
    acceptanceRate: percent(accepted, received),
    closureRate: percent(closed, accepted),
  }
}

/** Validates `YYYY-MM-DD`; the default period is the current calendar year to date. */
export function resolvePeriod(from: unknown, to: unknown, timeZone: string, now = new Date()): Period | null {
  const day = /^\d{4}-\d{2}-\d{2}$/
  const today = localDay(now, timeZone)
  const period = {
    from: typeof from === 'string' && from ? from : `${today.slice(0, 4)}-01-01`,
    to: typeof to === 'string' && to ? to : today,
  }
  if (!day.test(period.from) || !day.test(period.to) || period.from > period.to) return null
  if (Number.isNaN(Date.parse(period.from)) || Number.isNaN(Date.parse(period.to))) return null
  return period
}

/**
 * Statistics of letters received in a period (in the site's time zone), for one mailbox or all.
 * Computed in memory: a district gets a few hundred to a few thousand letters a year.
 */
export async function mailboxStatistics(
  payload: Payload,
  {
    mailbox,
    period,
    timeZone,
    now = new Date(),
  }: { mailbox?: number | string; period: Period; timeZone: string; now?: Date },
): Promise<MailboxStatistics> {
  const start = new Date(endOfLocalDay(period.from, timeZone).getTime() - 24 * 3600 * 1000 + 1)
  const end = endOfLocalDay(period.to, timeZone)
  const where: Where = {
    and: [
      { receivedAt: { greater_than_equal: start.toISOString() } },
      { receivedAt: { less_than_equal: end.toISOString() } },
      ...(mailbox !== undefined ? [{ mailbox: { equals: mailbox } }] : []),
    ],
  }
  const { docs } = await payload.find({
    collection: lettersSlug,
    where,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: {
      mailbox: true,
      state: true,
      category: true,
      source: true,
      receivedAt: true,
      dueAt: true,
      reply: { repliedAt: true },
    },
  })
  const rows = docs as LetterRow[]
  const replyDays = rows
    .filter((row) => row.receivedAt && row.reply?.repliedAt && repliedStates.includes(row.state as LetterState))
    .map((row) => workingDaysBetween(localDay(row.receivedAt!, timeZone), localDay(row.reply!.repliedAt!, timeZone)))
  const average = replyDays.length
    ? Math.round((replyDays.reduce((a, b) => a + b, 0) / replyDays.length) * 10) / 10
    : null
  let mailboxInfo: MailboxStatistics['mailbox'] = null
  if (mailbox !== undefined) {
    const doc = await payload.findByID({ collection: 'mailboxes', id: mailbox, depth: 0, overrideAccess: true })
    mailboxInfo = { id: doc.id, name: doc.name }
  }
  return {
    mailbox: mailboxInfo,
    period,
    ...count(rows),
    averageWorkingDaysToReply: average,
    overdueNow: rows.filter(
      (row) => openStates.includes(row.state as LetterState) && row.dueAt && new Date(row.dueAt) < now,
    ).length,
    byCategory: letterCategories.map((c) => ({
      category: c.value,
      label: c.label.zh,
      ...count(rows.filter((row) => row.category === c.value)),
    })),
    bySource: letterSources.map((s) => ({
      source: s.value,
      label: s.label.zh,
      ...count(rows.filter((row) => row.source === s.value)),
    })),
  }
}
