import type { Payload } from 'payload'

import { sharedFirstUse } from '../../shared/abuse/limiterStore'
import type { DayNumber } from './day'

/**
 * Today's unique visitors, for the daily count only, in two layers. This process's set of the
 * day's pseudonyms (HMAC under the day's key, lib/clientKey.ts) answers the repeat views on the
 * hot path; a pseudonym new to it is confirmed at the next flush against the site's shared
 * store (`sharedVisitors`), so that a visitor whom two instances see, or one instance sees again
 * after a restart, counts once.
 *
 * Bounded: once `maxEntries` pseudonyms are held, further new ones are counted without being
 * remembered here, so a flood of distinct clients can push the count up but not the memory.
 */
export function createDailyVisitors(maxEntries: number) {
  let today: DayNumber = -1
  let seen = new Set<string>()
  return {
    /** True the first time the pseudonym is seen on `day`. */
    firstToday(key: string, day: DayNumber): boolean {
      if (day !== today) {
        seen = new Set()
        today = day
      }
      if (seen.has(key)) return false
      if (seen.size < maxEntries) seen.add(key)
      return true
    },
    get size() {
      return seen.size
    },
  }
}

/** Pseudonyms are per day (the day's key), so 26 hours outlive the day in any time zone's shift. */
const visitorMarkSeconds = 26 * 60 * 60

/**
 * Whether any instance counted this pseudonym today. The store keeps the pseudonym (never the
 * address) until its mark expires, about a day later; the rows are deleted after that.
 */
export function sharedVisitors(payload: Payload) {
  const firstUse = sharedFirstUse('visitor', visitorMarkSeconds)
  return (day: DayNumber, pseudonym: string) => firstUse(payload, `${day}:${pseudonym}`)
}
