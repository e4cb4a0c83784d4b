import type { DayNumber } from './day'

/**
 * Today's unique visitors, for the daily count only. It holds the day's pseudonyms (HMAC under
 * the day's key, lib/clientKey.ts) in memory and drops them all when the day changes, so no
 * visitor can be followed across days and nothing but the daily number reaches the database.
 *
 * Bounded: once `maxEntries` pseudonyms are held, further new ones are counted without being
 * remembered, so a flood of distinct clients can push the count up but not the memory. Each
 * process keeps its own set: behind a load balancer a visitor seen by two instances counts
 * twice, and a restart forgets the day's visitors.
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
