/**
 * The one meeting point between server.mjs (plain Node, outside the app's bundles) and the
 * app, and between the app's own bundles (Payload's hooks, the pages and the proxy are
 * bundled separately, so each has its own copy of every module). Everything they must share
 * in one process hangs off a single registry under a registered symbol; its shape is typed
 * in bridge.d.mts. Nothing here may hold data another instance needs: that is what a
 * transport in src/lib/invalidation is for.
 */

const key = Symbol.for('gongkai.site-bridge')

/** @returns {import('./bridge.d.mts').SiteBridge} */
export function siteBridge() {
  const holder = /** @type {Record<symbol, import('./bridge.d.mts').SiteBridge | undefined>} */ (
    /** @type {unknown} */ (globalThis)
  )
  return (holder[key] ??= { outsideCaches: new Set(), state: new Map(), shutdownTasks: [], hitHandler: undefined })
}

/**
 * Process-wide state named `name`, created on first use by whichever bundle asks first.
 * @template T
 * @param {string} name
 * @param {() => T} create
 * @returns {T}
 */
export function processState(name, create) {
  const { state } = siteBridge()
  if (!state.has(name)) state.set(name, create())
  return /** @type {T} */ (state.get(name))
}

/**
 * Runs every shutdown task the app registered (later registrations first), each bounded so a
 * stuck one cannot hang the exit. server.mjs and the dev server's signal handler both call it.
 * @param {number} [timeoutMs]
 */
export async function runShutdownTasks(timeoutMs = 10_000) {
  for (const task of [...siteBridge().shutdownTasks].reverse()) {
    try {
      await Promise.race([
        Promise.resolve(task.run()),
        new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
      ])
    } catch (error) {
      console.error(`[shutdown] ${task.name} failed`, error)
    }
  }
}
