/** A cache kept outside the app's bundles (the page cache in server.mjs). */
export type OutsideCache = {
  name: string
  /**
   * Drop what the changed tags can affect; called after the change has committed. Tags are
   * the ones src/lib/invalidation/tags.ts gives (`notices`, `notices:42`, …).
   */
  invalidate(tags: readonly string[]): void
}

/** Work to finish before the process exits (flush buffered hits, close the database). */
export type ShutdownTask = { name: string; run: () => Promise<void> | void }

export type SiteBridge = {
  /** Caches that server.mjs registers; the app's invalidation drops them on every public change. */
  outsideCaches: Set<OutsideCache>
  /** State the app's bundles share in this process (shared reference data, the removed-items list). */
  state: Map<string, unknown>
  /** The app's shutdown tasks (src/lib/shutdown.ts registers them; runShutdownTasks runs them). */
  shutdownTasks: ShutdownTask[]
  /**
   * The hit counter's bare-Node handler for `POST /api/hits` (set by the app once Payload has
   * started, cleared when it stops); server.mjs answers the path with it before Next.js.
   */
  hitHandler: import('node:http').RequestListener | undefined
  /**
   * The cache tags of the render in progress (server.mjs sets it; src/server/pageCache.mjs):
   * `tagPage` adds each tag a page declares, so the page cache knows what each page shows.
   */
  renderTags?: import('node:async_hooks').AsyncLocalStorage<Set<string>>
  /**
   * Expires Next.js's cache for these tags inside a request (server.mjs calls the app's own
   * `/api/invalidation/expire`), for changes applied where no request is at hand.
   */
  expireInRequest?: (tags: readonly string[]) => Promise<void>
  /**
   * The request in progress (server.mjs opens one per request, src/server/requestId.mjs): the
   * app's logger adds its id to every line logged while handling it.
   */
  requestContext?: import('node:async_hooks').AsyncLocalStorage<{ id: string }>
}

export function siteBridge(): SiteBridge

export function processState<T>(name: string, create: () => T): T

export function runShutdownTasks(timeoutMs?: number): Promise<void>
