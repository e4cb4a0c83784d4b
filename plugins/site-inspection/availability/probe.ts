/** One fetch of one page by the availability monitor. */
export type ProbeResult = {
  url: string
  /** HTTP status, or null when none came in time (timeout, refused). */
  status: number | null
  /** Time to the full answer, or to the give-up (ms). */
  ms: number
  ok: boolean
  error: string | null
}

export type ProbeOptions = {
  /**
   * A page slower than this counts as down (19号: over 15 s), and the request is given up then,
   * so one probe never waits longer. Default 15,000 ms.
   */
  downAfterMs?: number
  userAgent?: string
  /** Time source for `ms` (tests replace it). Default performance.now. */
  elapsed?: () => number
}

/**
 * Fetches one page as a visitor would (redirects followed, body read to the end, since a page
 * that starts answering but never finishes is down too) and says whether it was up.
 */
export async function probePage(url: string, options: ProbeOptions = {}): Promise<ProbeResult> {
  const limit = options.downAfterMs ?? 15_000
  const clock = options.elapsed ?? (() => performance.now())
  const started = clock()
  const took = () => Math.round(clock() - started)
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      headers: { 'user-agent': options.userAgent ?? 'Gongkai-Availability/1.0', accept: 'text/html,*/*' },
      signal: AbortSignal.timeout(limit),
    })
    await response.arrayBuffer()
    const ms = took()
    const ok = response.status >= 200 && response.status < 400 && ms <= limit
    return { url, status: response.status, ms, ok, error: ok ? null : `HTTP ${response.status}` }
  } catch (error) {
    const name = (error as Error).name
    const timedOut = name === 'TimeoutError' || name === 'AbortError'
    return {
      url,
      status: null,
      ms: took(),
      ok: false,
      error: timedOut ? `no answer within ${limit} ms` : String((error as Error).cause ?? (error as Error).message),
    }
  }
}
