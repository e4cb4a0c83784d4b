import { createChallenge, verifySolution } from 'altcha-lib/v1'

/**
 * ALTCHA proof of work (self-hosted, no outside service): the browser widget (`altcha` package)
 * finds a number whose SHA-256 with the salt matches the challenge, and sends the solution back
 * base64-encoded in the form field `altcha`. The challenge is signed with a key derived from the
 * site secret and expires; each solution is accepted once (replays are refused).
 */
export class ChallengeService {
  private readonly used = new Map<string, number>()

  constructor(
    private readonly hmacKey: string,
    private readonly maxNumber: number,
    private readonly expiresInSeconds: number,
  ) {}

  async issue() {
    return createChallenge({
      hmacKey: this.hmacKey,
      maxNumber: this.maxNumber,
      expires: new Date(Date.now() + this.expiresInSeconds * 1000),
    })
  }

  /** True for a valid, unexpired, unused solution; marks it used. */
  async redeem(solution: unknown): Promise<boolean> {
    if (typeof solution !== 'string' || solution.length === 0 || solution.length > 2000) return false
    let signature: unknown
    try {
      signature = (JSON.parse(Buffer.from(solution, 'base64').toString('utf8')) as { signature?: unknown }).signature
    } catch {
      return false
    }
    if (typeof signature !== 'string') return false
    this.forgetExpired()
    if (this.used.has(signature)) return false
    // Reserve before the (async) check so two concurrent requests cannot both redeem it.
    this.used.set(signature, Date.now() + this.expiresInSeconds * 1000)
    let valid = false
    try {
      valid = await verifySolution(solution, this.hmacKey, true)
    } catch {
      valid = false
    }
    if (!valid) this.used.delete(signature)
    return valid
  }

  private forgetExpired() {
    const now = Date.now()
    for (const [signature, until] of this.used) if (until < now) this.used.delete(signature)
  }
}
