/**
 * What the public sees changed: drop the cached pages that show it. Called by the publish
 * workflow (`onPublicChange`) and by content hooks. Outside a Next.js request (jest, the
 * CLI, the job runner, the demo seed started by the first page's render) there is no page
 * cache this code may drop and `revalidatePath` throws; that is expected, not an error.
 * Anything else is logged once per change, with its cause, and never reaches the editor.
 */
export type PublicChange = {
  collection: string
  id?: number | string
  action: 'publish' | 'unpublish' | 'withdraw' | 'remove' | 'restore' | 'update' | 'delete'
}

/**
 * A route of the public site as `revalidatePath` needs it: Next.js tags cached pages with the
 * route's file path, route group included, so `/columns/[...path]` alone matches nothing.
 */
const siteRoute = (route: string) => ({ path: `/(site)${route}`, type: 'page' as const })

/** The page paths a change to one document can alter. */
export function pathsFor(change: PublicChange): { path: string; type?: 'page' | 'layout' }[] {
  // `/` is a rewrite of the home route (next.config.ts); the cache key is the route's.
  const shared = [siteRoute('/home/[v]'), siteRoute('/columns/[...path]')]
  switch (change.collection) {
    case 'notices':
      return [
        ...shared,
        siteRoute('/gazette/[year]/[number]'),
        ...(change.id !== undefined ? [{ path: `/notices/${change.id}` }] : []),
      ]
    case 'gazette-issues':
      return [...shared, siteRoute('/gazette/[year]'), siteRoute('/gazette/[year]/[number]')]
    case 'columns':
      // Navigation sits in the layout of every page.
      return [{ path: '/', type: 'layout' }]
    case 'departments':
    case 'topic-categories':
      // Their names stand in every item's catalogue table.
      return [...shared, siteRoute('/notices/[id]')]
    case 'mailboxes':
      return [siteRoute('/mailboxes/[mailbox]'), siteRoute('/mailboxes/[mailbox]/replies'), siteRoute('/home/[v]')]
    default:
      return shared
  }
}

/**
 * Next.js refuses `revalidatePath` where no page cache can be changed: outside a request
 * ("static generation store missing"), during a render, inside a cached function or a
 * build-time generator ("can't be called …"), and while prerendering a static page
 * (`DYNAMIC_SERVER_USAGE`). Cached pages then expire on their own timer.
 */
export function isOutsideRevalidationScope(error: unknown): boolean {
  if ((error as { digest?: unknown } | null)?.digest === 'DYNAMIC_SERVER_USAGE') return true
  const message = error instanceof Error ? error.message : String(error)
  return /static generation store missing|can't be called (during render|inside)/.test(message)
}

export async function revalidatePublic(change: PublicChange): Promise<void> {
  let revalidatePath: typeof import('next/cache').revalidatePath
  try {
    ;({ revalidatePath } = await import('next/cache'))
  } catch {
    return
  }
  for (const { path, type } of pathsFor(change)) {
    try {
      revalidatePath(path, type)
    } catch (error) {
      // The first refusal stands for every path of this change: the context is the same.
      if (!isOutsideRevalidationScope(error)) console.error(`[revalidate] failed for ${path}:`, error)
      return
    }
  }
}
