import { RateLimiterRes } from 'rate-limiter-flexible'
import type { PayloadRequest } from 'payload'

import type { sharedLimiter } from './limiterStore'

export type SharedLimiter = ReturnType<typeof sharedLimiter>

/** Seconds until the client may try again, or null when the point was granted. */
export async function consume(limiter: SharedLimiter, req: PayloadRequest, key: string): Promise<number | null> {
  try {
    await (await limiter(req)).consume(key)
    return null
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}

/** True when the client has used up its points, without spending one. */
export async function isBlocked(limiter: SharedLimiter, req: PayloadRequest, key: string): Promise<number | null> {
  const store = await limiter(req)
  const state = await store.get(key)
  if (state && state.consumedPoints >= store.points) return Math.max(1, Math.ceil(state.msBeforeNext / 1000))
  return null
}
