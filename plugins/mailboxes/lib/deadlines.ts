import { addMonths } from 'date-fns'

import type { LetterState } from '../types'
import { addWorkingDays, endOfLocalDay, localDay } from '../../shared/calendar/workingDays'

/** States in which a letter still waits for its answer. */
export const openStates: LetterState[] = ['received', 'accepted', 'forwarded']

/** The inspection fails a site that leaves a valid letter unanswered for more than three months. */
export const threeMonthWarningDays = 15

export type DeadlineFlag = 'due-soon' | 'overdue' | 'three-month' | null

/**
 * Flags an open letter: `three-month` (loudest) once fewer than 15 days remain before, or it is past,
 * three months from receipt; `overdue` past its working-day deadline; `due-soon` within 2 working days.
 */
export function deadlineFlagOf(
  letter: { state?: string | null; receivedAt?: string | null; dueAt?: string | null },
  timeZone: string,
  now: Date = new Date(),
): DeadlineFlag {
  if (!letter.state || !openStates.includes(letter.state as LetterState)) return null
  if (letter.receivedAt) {
    const limit = addMonths(new Date(letter.receivedAt), 3)
    if (now.getTime() >= limit.getTime() - threeMonthWarningDays * 24 * 3600 * 1000) return 'three-month'
  }
  if (!letter.dueAt) return null
  const due = new Date(letter.dueAt)
  if (now > due) return 'overdue'
  if (due <= endOfLocalDay(addWorkingDays(localDay(now, timeZone), 2), timeZone)) return 'due-soon'
  return null
}
