import { RateLimiterMemory } from 'rate-limiter-flexible'

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
