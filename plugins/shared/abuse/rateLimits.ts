import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

/** Seconds until the client may try again, or null when the point was granted. */
export async function consume(limiter: RateLimiterAbstract, key: string): Promise<number | null> {
  try {
    await limiter.consume(key)
    return null
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}

/** True when the client has used up its points, without spending one. */
export async function isBlocked(limiter: RateLimiterAbstract, key: string): Promise<number | null> {
  const state = await limiter.get(key)
  if (state && state.consumedPoints >= limiter.points) return Math.max(1, Math.ceil(state.msBeforeNext / 1000))
  return null
}
