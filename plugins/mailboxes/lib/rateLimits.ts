import { sharedLimiter } from '../../shared/abuse/limiterStore'
import type { SharedLimiter } from '../../shared/abuse/rateLimits'
import type { ResolvedMailboxesOptions } from '../types'

export type MailboxLimiters = {
  submissions: SharedLimiter
  trackFailures: SharedLimiter
}

/** The letter form's limits, counted in the site's database so that every instance shares them. */
export function createLimiters(options: ResolvedMailboxesOptions): MailboxLimiters {
  return {
    submissions: sharedLimiter({
      keyPrefix: 'letters',
      points: options.rateLimits.submissionsPerHour,
      duration: 60 * 60,
    }),
    trackFailures: sharedLimiter({
      keyPrefix: 'track',
      points: options.rateLimits.trackFailuresPer15Minutes,
      duration: 15 * 60,
    }),
  }
}
