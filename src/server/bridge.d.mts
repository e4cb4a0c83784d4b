/** A cache kept outside the app's bundles (the page cache in server.mjs). */
export type OutsideCache = {
  name: string
  /**
   * Drop what the changed tags can affect; called after the change has committed. Tags are
   * the ones src/lib/invalidation/tags.ts gives (`notices`, `notices:42`, …).
   */
  invalidate(tags: readonly string[]): void
}

export type SiteBridge = {
  /** Caches that server.mjs registers; the app's invalidation drops them on every public change. */
  outsideCaches: Set<OutsideCache>
  /** State the app's bundles share in this process (shared reference data, the removed-items list). */
  state: Map<string, unknown>
}

export function siteBridge(): SiteBridge

export function processState<T>(name: string, create: () => T): T
