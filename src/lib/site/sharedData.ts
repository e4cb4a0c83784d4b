/**
 * Public reference data that nearly every page shows (the column tree in the navigation and
 * breadcrumbs, department and topic names in an item's catalogue table), kept across
 * requests instead of read again by every render. A district has dozens of columns and
 * departments, so this is small, and it changes rarely.
 *
 * Freshness: `handlePublicChange` clears it whenever public content changes on this
 * instance, and every entry expires after `maxAgeMs`, which bounds how stale another
 * instance can be (the same bound as the page cache in server.mjs). It lives on globalThis
 * because the pages and Payload's hooks are separate bundles in one process.
 */
type Entry = { value: Promise<unknown>; storedAt: number }

const entries = ((globalThis as { __gongkaiSharedData?: Map<string, Entry> }).__gongkaiSharedData ??= new Map())

/** How long an entry is trusted without a change seen on this instance. */
export const sharedDataMaxAgeMs = 60_000

/**
 * The value under `key`, loaded once and shared by every request until it expires or is
 * cleared. Callers must treat it as read-only. A failed load is not kept.
 */
export function sharedData<T>(key: string, load: () => Promise<T>): Promise<T> {
  const entry = entries.get(key)
  if (entry && Date.now() - entry.storedAt < sharedDataMaxAgeMs) return entry.value as Promise<T>
  const value = load()
  entries.set(key, { value, storedAt: Date.now() })
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key)
  })
  return value
}

/** Drops everything, so the next request reads fresh data (called on every public change). */
export function clearSharedData(): void {
  entries.clear()
}
