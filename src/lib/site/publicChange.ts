import { revalidatePublic, type PublicChange } from '../revalidate'
import { markRemoved, markRestored } from './removedItems'

/**
 * The reference site's answer to a change the public can see (the workflow's
 * `onPublicChange`, and content hooks): keep the 410 list current, then drop cached pages.
 */
export async function handlePublicChange(change: PublicChange): Promise<void> {
  if (change.id !== undefined) {
    if (change.action === 'remove') markRemoved(change.collection, change.id)
    if (change.action === 'restore' || change.action === 'publish') markRestored(change.collection, change.id)
  }
  await revalidatePublic(change)
  // The production server's in-memory page cache (server.mjs), when there is one.
  ;(globalThis as { __gongkaiPageCache?: { clear: () => void } }).__gongkaiPageCache?.clear()
}
