import { revalidatePublic, type PublicChange } from '../revalidate'
import { markRemoved, markRestored } from './removedItems'
import { clearSharedData } from './sharedData'

/**
 * The reference site's answer to a change the public can see (the workflow's
 * `onPublicChange`, and content hooks): keep the 410 list current, then drop cached pages.
 */
export async function handlePublicChange(change: PublicChange): Promise<void> {
  if (change.id !== undefined) {
    if (change.action === 'remove') markRemoved(change.collection, change.id)
    if (change.action === 'restore' || change.action === 'publish') markRestored(change.collection, change.id)
  }
  // Before the pages are dropped, so that their next render reads the new names and tree; and
  // once more shortly after, because content hooks run before their transaction commits and a
  // render in between would keep the old data for a minute.
  clearSharedData()
  setTimeout(clearSharedData, 2_000).unref()
  await revalidatePublic(change)
  // The production server's in-memory page cache (server.mjs), when there is one.
  ;(globalThis as { __gongkaiPageCache?: { clear: () => void } }).__gongkaiPageCache?.clear()
}
