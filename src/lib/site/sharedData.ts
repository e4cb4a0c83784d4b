import { processState } from '../../server/bridge.mjs'
import { anyChange } from '../invalidation/tags'

/**
 * Public reference data that nearly every page shows (the column tree in the navigation and
 * breadcrumbs, department and topic names in an item's catalogue table), kept across
 * requests instead of read again by every render. A district has dozens of columns and
 * departments, so this is small, and it changes rarely.
 *
 * Freshness: the invalidation module (src/lib/invalidation) drops the entries whose tags a
 * committed change names, and every entry expires after `maxAgeMs`, which bounds how stale
 * another instance can be (the same bound as the page cache in server.mjs). The entries are
 * process state on the site bridge because the pages and Payload's hooks are separate
 * bundles in one process.
 */
type Entry = { value: Promise<unknown>; storedAt: number; tags: readonly string[] }

const entries = processState('sharedData', () => new Map<string, Entry>())

/** How long an entry is trusted without a change seen on this instance. */
export const sharedDataMaxAgeMs = 60_000

/**
 * The value under `key`, loaded once and shared by every request until it expires or a change
 * to one of its `tags` (default: the key itself) drops it. Callers must treat it as
 * read-only. A failed load is not kept. `maxAgeMs` is for values whose staleness is harmless.
 */
export function sharedData<T>(
  key: string,
  load: () => Promise<T>,
  tags: readonly string[] = [key],
  maxAgeMs = sharedDataMaxAgeMs,
): Promise<T> {
  const entry = entries.get(key)
  if (entry && Date.now() - entry.storedAt < maxAgeMs) return entry.value as Promise<T>
  const value = load()
  entries.set(key, { value, storedAt: Date.now(), tags })
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key)
  })
  return value
}

/** Drops the entries that carry any of the tags. */
export function dropSharedData(tags: readonly string[]): void {
  if (tags.includes(anyChange)) return clearSharedData()
  const dropped = new Set(tags)
  for (const [key, entry] of entries) if (entry.tags.some((tag) => dropped.has(tag))) entries.delete(key)
}

/** Drops everything (tests, and a change whose reach is unknown). */
export function clearSharedData(): void {
  entries.clear()
}
