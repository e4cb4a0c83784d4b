import crypto from 'node:crypto'

import type { DayNumber } from './day'

/**
 * A client's identity for deduplication and rate limiting: HMAC-SHA256 of address and
 * user agent under a key derived from the site secret and the local day. The key changes
 * at midnight, so keys cannot be linked across days, and the address itself is never kept.
 */
export function createClientKeyer(secret: string) {
  let keyDay: DayNumber = -1
  let dayKey = Buffer.alloc(0)
  return (ip: string, userAgent: string, day: DayNumber): string => {
    if (day !== keyDay) {
      dayKey = crypto.createHmac('sha256', secret).update(`gongkai-hits:${day}`).digest()
      keyDay = day
    }
    return crypto.createHmac('sha256', dayKey).update(ip).update('\n').update(userAgent).digest('base64url')
  }
}

/**
 * The client address: the socket's, or behind a trusted proxy the right-most
 * `X-Forwarded-For` entry (the one the proxy itself appended, which a client cannot forge).
 */
export function clientAddress(
  forwardedFor: string | null | undefined,
  socketAddress: string | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy && forwardedFor) {
    const parts = forwardedFor.split(',')
    const last = parts[parts.length - 1].trim()
    if (last) return last
  }
  return socketAddress || 'unknown'
}
