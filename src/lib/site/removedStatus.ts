import type { CollectionSlug } from 'payload'

import { sitePayload } from './payload'
import { markRemoved, removedLoadedAt, replaceRemoved } from './removedItems'

const reloadEveryMs = 60_000
let reloading: Promise<void> | null = null

/**
 * Reloads the removed-items set at most once a minute (in the background), so instances
 * that did not handle a removal still answer 410 soon after. Only ids are read; this is a
 * status check, not a public read of content.
 */
export function refreshRemovedItems(collections: string[] = ['notices']): void {
  if (reloading || Date.now() - removedLoadedAt() < reloadEveryMs) return
  reloading = (async () => {
    const payload = await sitePayload()
    const entries: { collection: string; id: number | string }[] = []
    for (const collection of collections) {
      const slug = collection as CollectionSlug
      if (!payload.collections[slug]?.config.fields.some((field) => 'name' in field && field.name === 'withdrawal')) {
        continue
      }
      const { docs } = await payload.find({
        collection: slug,
        where: { 'withdrawal.mode': { equals: 'removed' } },
        limit: 0,
        depth: 0,
        select: {},
        overrideAccess: true,
      })
      entries.push(...docs.map((doc) => ({ collection, id: doc.id })))
    }
    replaceRemoved(entries)
  })()
    .catch((error) => console.error('[site] could not reload removed items', error))
    .finally(() => {
      reloading = null
    })
}

/** For a document the public cannot read: was it removed (410) rather than never public (404)? */
export async function wasRemoved(collection: string, id: number): Promise<boolean> {
  const payload = await sitePayload()
  const slug = collection as CollectionSlug
  if (!payload.collections[slug]?.config.fields.some((field) => 'name' in field && field.name === 'withdrawal')) {
    return false
  }
  const { docs } = await payload.find({
    collection: slug,
    where: { and: [{ id: { equals: id } }, { 'withdrawal.mode': { equals: 'removed' } }] },
    limit: 1,
    depth: 0,
    select: {},
    overrideAccess: true,
  })
  if (docs.length) markRemoved(collection, id)
  return docs.length > 0
}
