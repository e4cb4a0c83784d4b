import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import type { ResolvedMailboxesOptions } from '../types'

export type MailboxLimiters = {
  submissions: RateLimiterMemory
  trackFailures: RateLimiterMemory
}

/**
 * In-memory limits, one set per plugin instance. A site running several processes behind a
 * load balancer should swap these for rate-limiter-flexible's Redis or Postgres stores.
 */
export function createLimiters(options: ResolvedMailboxesOptions): MailboxLimiters {
  return {
    submissions: new RateLimiterMemory({
      keyPrefix: 'letters',
      points: options.rateLimits.submissionsPerHour,
      duration: 60 * 60,
    }),
    trackFailures: new RateLimiterMemory({
      keyPrefix: 'track',
      points: options.rateLimits.trackFailuresPer15Minutes,
      duration: 15 * 60,
    }),
  }
}

/** Seconds until the client may try again, or null when the point was granted. */
export async function consume(limiter: RateLimiterMemory, key: string): Promise<number | null> {
  try {
    await limiter.consume(key)
    return null
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}

/** True when the client has used up its points, without spending one. */
export async function isBlocked(limiter: RateLimiterMemory, key: string): Promise<number | null> {
  const state = await limiter.get(key)
  if (state && state.consumedPoints >= limiter.points) return Math.max(1, Math.ceil(state.msBeforeNext / 1000))
  return null
}
