import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

/**
 * Whether the request carries `token` in `header`: how the production server (server.mjs)
 * proves to the app that a loopback call is its own. Compared in constant time.
 */
export function headerTokenMatches(req: PayloadRequest, header: string, token: string | undefined): boolean {
  const sent = req.headers.get(header)
  if (!token || !sent) return false
  const a = Buffer.from(sent)
  const b = Buffer.from(token)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}
