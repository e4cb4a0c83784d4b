import crypto from 'node:crypto'

import type { DayNumber } from './day'

/**
 * A pseudonym for an address or user agent in the dedupe and rate-limit tables: HMAC-SHA256
 * under a key derived from the site secret and the local day. The key changes at midnight, so
 * pseudonyms cannot be linked across days, and the address itself is never kept.
 */
export function createClientKeyer(secret: string) {
  let keyDay: DayNumber = -1
  let dayKey = Buffer.alloc(0)
  return (value: string, day: DayNumber, length = 22): string => {
    if (day !== keyDay) {
      dayKey = crypto.createHmac('sha256', secret).update(`gongkai-hits:${day}`).digest()
      keyDay = day
    }
    return crypto.createHmac('sha256', dayKey).update(value).digest('base64url').slice(0, length)
  }
}
