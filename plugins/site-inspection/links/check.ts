/** One link's answer in one run. */
export type LinkResult = {
  url: string
  ok: boolean
  /** Final HTTP status, or null when none came (timeout, refused, redirect loop). */
  status: number | null
  error: string | null
  redirects: number
}

export type CheckOptions = {
  /** Requests in flight at once, over all hosts. Default 4. */
  concurrency?: number
  /** Least time between two requests to the same host (ms). Default 500. */
  perHostIntervalMs?: number
  /** Per request, headers and body start included (ms). Default 15,000. */
  timeoutMs?: number
  /** Redirects followed before a link counts as broken. Default 5. */
  maxRedirects?: number
  userAgent?: string
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Spaces requests to each host: a caller waits for its host's next free slot. */
function hostGate(intervalMs: number) {
  const next = new Map<string, number>()
  return async (host: string) => {
    const now = Date.now()
    const slot = Math.max(now, next.get(host) ?? 0)
    next.set(host, slot + intervalMs)
    if (slot > now) await sleep(slot - now)
  }
}

async function fetchOnce(url: string, options: Required<CheckOptions>, wait: (host: string) => Promise<void>) {
  await wait(new URL(url).host)
  const response = await fetch(url, {
    method: 'GET',
    redirect: 'manual',
    headers: { 'user-agent': options.userAgent, accept: '*/*' },
    signal: AbortSignal.timeout(options.timeoutMs),
  })
  // Only the status matters: do not download the body.
  await response.body?.cancel().catch(() => undefined)
  return response
}

/** Follows redirects by hand, so a loop or a long chain is reported rather than followed forever. */
async function checkOne(url: string, options: Required<CheckOptions>, wait: (host: string) => Promise<void>) {
  let current = url
  const seen = new Set<string>()
  for (let redirects = 0; ; redirects++) {
    let response: Response
    try {
      response = await fetchOnce(current, options, wait)
    } catch (error) {
      const name = (error as Error).name
      const message =
        name === 'TimeoutError' || name === 'AbortError'
          ? `timeout after ${options.timeoutMs} ms`
          : String((error as Error).cause ?? (error as Error).message)
      return { url, ok: false, status: null, error: message, redirects }
    }
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location) {
      seen.add(current)
      const target = new URL(location, current).href
      if (seen.has(target))
        return { url, ok: false, status: response.status, error: 'redirect loop', redirects: redirects + 1 }
      if (redirects + 1 > options.maxRedirects)
        return {
          url,
          ok: false,
          status: response.status,
          error: `more than ${options.maxRedirects} redirects`,
          redirects: redirects + 1,
        }
      current = target
      continue
    }
    const ok = response.status >= 200 && response.status < 400
    return { url, ok, status: response.status, error: ok ? null : `HTTP ${response.status}`, redirects }
  }
}

/**
 * Checks links with bounded concurrency, a per-host rate limit, a timeout per request and a
 * redirect limit. Written on Node's fetch: the crawlers on npm (linkinator and the like) crawl
 * pages themselves, while here the links come from the database and their history is kept.
 */
export async function checkLinks(urls: string[], checkOptions: CheckOptions = {}): Promise<LinkResult[]> {
  const options: Required<CheckOptions> = {
    concurrency: checkOptions.concurrency ?? 4,
    perHostIntervalMs: checkOptions.perHostIntervalMs ?? 500,
    timeoutMs: checkOptions.timeoutMs ?? 15_000,
    maxRedirects: checkOptions.maxRedirects ?? 5,
    userAgent: checkOptions.userAgent ?? 'Gongkai-LinkCheck/1.0',
  }
  const unique = [...new Set(urls)]
  const results: LinkResult[] = new Array(unique.length)
  const wait = hostGate(options.perHostIntervalMs)
  let index = 0
  const worker = async () => {
    while (index < unique.length) {
      const mine = index++
      results[mine] = await checkOne(unique[mine], options, wait)
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.concurrency, unique.length) }, worker))
  return results
}

/** A link's history between runs: reported once it failed twice in a row. */
export type LinkState = { url: string; failures: number; lastStatus: number | null; lastError: string | null }

export function nextState(previous: LinkState | undefined, result: LinkResult): LinkState {
  return {
    url: result.url,
    failures: result.ok ? 0 : (previous?.failures ?? 0) + 1,
    lastStatus: result.status,
    lastError: result.error,
  }
}

export const isReported = (state: LinkState) => state.failures >= 2
