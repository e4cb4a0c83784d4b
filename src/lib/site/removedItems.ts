import { processState } from '../../server/bridge.mjs'

/**
 * Items withdrawn with mode `removed` answer 410 Gone. Next.js pages cannot set that
 * status, so the proxy answers it from this set, which is process state on the site bridge
 * because the proxy and the pages are separate bundles in one process. The set is filled
 * when an item is removed (src/lib/invalidation), when a page finds a removed item, and by a
 * periodic reload so that other app instances learn of removals too.
 */
type RemovedRegistry = { keys: Set<string>; loadedAt: number }

const registry = processState<RemovedRegistry>('removedItems', () => ({ keys: new Set<string>(), loadedAt: 0 }))

const key = (collection: string, id: number | string) => `${collection}:${id}`

export function markRemoved(collection: string, id: number | string): void {
  registry.keys.add(key(collection, id))
}

export function markRestored(collection: string, id: number | string): void {
  registry.keys.delete(key(collection, id))
}

export function isRemoved(collection: string, id: number | string): boolean {
  return registry.keys.has(key(collection, id))
}

export function replaceRemoved(entries: { collection: string; id: number | string }[]): void {
  registry.keys = new Set(entries.map((entry) => key(entry.collection, entry.id)))
  registry.loadedAt = Date.now()
}

/** The list may be missing removals made elsewhere: reload it on the next check. */
export function reloadRemovedSoon(): void {
  registry.loadedAt = 0
}

export function removedLoadedAt(): number {
  return registry.loadedAt
}
