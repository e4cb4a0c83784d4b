/**
 * What the public sees changed: drop the cached pages that show it. Called by the publish
 * workflow (`onPublicChange`) and by content hooks. Outside a Next.js server (jest, the
 * CLI, the job runner process) there is no page cache to drop and `revalidatePath` throws,
 * which is harmless; anything else is logged and never reaches the editor.
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
      // "static generation store missing": not inside a Next.js request (tests, job runner).
      if (!String(error).includes('store')) console.error('[revalidate] failed for', path, error)
      return
    }
  }
}
