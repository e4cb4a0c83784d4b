import type { SearchOutcome, SearchRequest } from './types'

/**
 * Recent search outcomes, kept briefly. A query that matches most of the items (a common word
 * such as 工作) costs in proportion to its matches: every match is scored and counted for the
 * facets. Such queries are also the ones many people send, so the first pages of recent
 * queries are answered from memory until the index changes here (any write drops them all)
 * or `ttlMs` passes, which bounds how long another instance's change can go unseen. Index
 * writes run inside the item's transaction, so for `quietMs` after a write nothing is stored:
 * a search running before that transaction commits must not keep the old answer.
 */
export type ResultCache = {
  get: (key: string) => SearchOutcome | undefined
  set: (key: string, outcome: SearchOutcome) => void
  /** The index changed: nothing kept is current. */
  clear: () => void
}

export function resultCache({ ttlMs = 30_000, maxEntries = 500, quietMs = 5_000 } = {}): ResultCache {
  const entries = new Map<string, { outcome: SearchOutcome; storedAt: number }>()
  let lastWrite = -Infinity
  return {
    get(key) {
      const entry = entries.get(key)
      if (!entry) return undefined
      if (Date.now() - entry.storedAt > ttlMs) {
        entries.delete(key)
        return undefined
      }
      // Map order is insertion order: re-inserting keeps the most recently used last.
      entries.delete(key)
      entries.set(key, entry)
      return entry.outcome
    },
    set(key, outcome) {
      if (ttlMs <= 0 || maxEntries <= 0 || Date.now() - lastWrite < quietMs) return
      entries.delete(key)
      entries.set(key, { outcome, storedAt: Date.now() })
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
    },
    clear() {
      lastWrite = Date.now()
      entries.clear()
    },
  }
}

const caches = new WeakMap<object, ResultCache>()

/** The cache of one Payload instance (its database). */
export function cacheOf(payload: object): ResultCache {
  let cache = caches.get(payload)
  if (!cache) caches.set(payload, (cache = resultCache()))
  return cache
}

/** The cache key of an engine request (everything that decides its outcome). */
export const requestKey = (engine: string, request: SearchRequest): string =>
  JSON.stringify([
    engine,
    request.query.mode,
    request.query.must,
    request.query.phrase ?? null,
    request.filters,
    request.sort,
    request.limit,
    request.offset ?? 0,
    request.cursor ?? null,
    request.withFacets ?? false,
  ])
