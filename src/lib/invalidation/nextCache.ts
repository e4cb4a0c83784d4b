/**
 * Next.js's own cache (ISR pages and route handlers) by tag. Pages call `tagPage` from their
 * data loads; a committed change calls `expireTags`. Both live here so the rest of the app
 * never touches `next/cache` directly.
 */
import { siteBridge } from '../../server/bridge.mjs'

type NextCache = typeof import('next/cache')

/** The tag of the collection the site's navigation is built from. */
const navigationTag = 'columns'

let nextCache: Promise<NextCache | null> | undefined

/** next/cache, or null where Next.js is not installed into the process (the CLI's bundle). */
function loadNextCache(): Promise<NextCache | null> {
  return (nextCache ??= import('next/cache').catch(() => null))
}

/**
 * Next.js refuses to expire its cache where no page cache may change: outside a request it
 * handles ("static generation store missing": jest, the CLI, the demo seed), during a render
 * or inside a cached function ("can't be called …"), and while prerendering a static page
 * (`DYNAMIC_SERVER_USAGE`). That is expected, not an error: cached pages then expire on
 * their own timer and the other caches still drop.
 */
export function isOutsideRevalidationScope(error: unknown): boolean {
  if ((error as { digest?: unknown } | null)?.digest === 'DYNAMIC_SERVER_USAGE') return true
  const message = error instanceof Error ? error.message : String(error)
  return /static generation store missing|can't be called (during render|inside)/.test(message)
}

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
      // The column tree is the navigation in the root layout, so a column change alters every
      // page; tags declared while the layout renders did not reliably reach the stored page
      // (a renamed column stayed on cached item pages), so the whole layout expires.
      if (tag === navigationTag) next.revalidatePath('/', 'layout')
    } catch (error) {
      if (isOutsideRevalidationScope(error)) {
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
  if (!tags.length) return
  // The page cache in front of Next.js (server.mjs) stores the page under the same tags.
  const declared = siteBridge().renderTags?.getStore()
  for (const tag of tags) declared?.add(tag)
  const next = await loadNextCache()
  if (!next) return
  try {
    await next.unstable_cache(async () => true, ['gongkai-page-tags', ...tags], { tags })()
  } catch {
    // No incremental cache: not rendering inside Next.js.
  }
}

/**
 * `load` (typically wrapped in React's `cache`) that tags the calling render every time.
 * React's `cache` runs a function once per request, but the layout, the page and its
 * metadata are separate segments: a tag declared only by the first caller does not reach
 * the others' cache entries.
 */
export function taggedLoad<Args extends unknown[], T>(
  tags: string[] | ((...args: Args) => string[]),
  load: (...args: Args) => Promise<T>,
): (...args: Args) => Promise<T> {
  return async (...args) => {
    await tagPage(...(typeof tags === 'function' ? tags(...args) : tags))
    return load(...args)
  }
}
