import { createChallenge, verifySolution } from 'altcha-lib/v1'
import type { PayloadRequest } from 'payload'

import { sharedFirstUse } from './limiterStore'

/**
 * ALTCHA proof of work (self-hosted, no outside service): the browser widget (`altcha` package)
 * finds a number whose SHA-256 with the salt matches the challenge, and sends the solution back
 * base64-encoded in the form field `altcha`. The challenge is signed with a key derived from the
 * site secret and expires; each solution is accepted once (replays are refused), on every
 * instance of the site: a solution's signature is kept in the shared store (`limiterStore.ts`)
 * for as long as the challenge lasts.
 */
export class ChallengeService {
  private readonly firstUse: ReturnType<typeof sharedFirstUse>

  constructor(
    private readonly hmacKey: string,
    private readonly maxNumber: number,
    private readonly expiresInSeconds: number,
    /** Keeps one form's solutions apart from another's in the shared store. */
    scope: string,
  ) {
    this.firstUse = sharedFirstUse(`altcha-${scope}`, expiresInSeconds)
  }

  async issue() {
    return createChallenge({
      hmacKey: this.hmacKey,
      maxNumber: this.maxNumber,
      expires: new Date(Date.now() + this.expiresInSeconds * 1000),
    })
  }

  /** True for a valid, unexpired, unused solution; marks it used. */
  async redeem(req: PayloadRequest, solution: unknown): Promise<boolean> {
    if (typeof solution !== 'string' || solution.length === 0 || solution.length > 2000) return false
    let signature: unknown
    try {
      signature = (JSON.parse(Buffer.from(solution, 'base64').toString('utf8')) as { signature?: unknown }).signature
    } catch {
      return false
    }
    if (typeof signature !== 'string') return false
    let valid = false
    try {
      valid = await verifySolution(solution, this.hmacKey, true)
    } catch {
      valid = false
    }
    // Spent only once it is known to be valid: the store's upsert is atomic, so of two requests
    // carrying one solution (on one instance or two) exactly one gets the point.
    return valid && (await this.firstUse(req.payload, signature))
  }
}
