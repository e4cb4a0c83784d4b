/**
 * Next.js's own cache (ISR pages and route handlers) by tag. Pages call `tagPage` from their
 * data loads; a committed change calls `expireTags`. Both live here so the rest of the app
 * never touches `next/cache` directly.
 */
type NextCache = typeof import('next/cache')

let nextCache: Promise<NextCache | null> | undefined

/** next/cache, or null where Next.js is not installed into the process (the CLI's bundle). */
function loadNextCache(): Promise<NextCache | null> {
  return (nextCache ??= import('next/cache').catch(() => null))
}

/** Next.js throws this when called outside a request it handles (jest, the job runner, the CLI). */
const outsideRequest = (error: unknown) => String(error).includes('static generation store missing')

/**
 * Expires the tags now, so the next request renders anew instead of being served the old copy.
 * Next 16 wants a profile: `{ expire: 0 }` is immediate expiry (the default 'max' profile
 * would serve one more stale copy while it re-renders in the background). Returns false when
 * there is no Next.js request to do it in: not an error, the caller's other caches still drop.
 */
export async function expireTags(tags: readonly string[], log: { debug: (message: string) => void }): Promise<boolean> {
  const next = await loadNextCache()
  if (!next) return false
  for (const tag of tags) {
    try {
      next.revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (outsideRequest(error)) {
        log.debug(`not in a Next.js request, Next's cache not expired for ${tags.join(', ')}`)
        return false
      }
      throw error
    }
  }
  return true
}

/**
 * Declares that the page being rendered shows data carrying these tags. Next.js attaches the
 * tags of every `unstable_cache` call a render makes to the page it stores; `cacheTag` would
 * say it directly but needs `cacheComponents`, which the site does not use. The cached value
 * is a constant, so this adds tags and caches no data: pages still read fresh rows whenever
 * they render. Outside a render (jest, scripts) it does nothing.
 */
export async function tagPage(...tags: string[]): Promise<void> {
  const next = await loadNextCache()
  if (!next) return
  try {
    await next.unstable_cache(async () => true, ['gongkai-page-tags', ...tags], { tags })()
  } catch {
    // No incremental cache: not rendering inside Next.js.
  }
}
