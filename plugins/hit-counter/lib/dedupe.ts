/**
 * "Seen within the window" for (client, page) pairs. The window is fixed, so insertion order
 * is expiry order: expired entries are dropped from the front of the Map in O(1) each. A
 * repeat does not extend the window (a reader who stays for hours counts once per window).
 */
export function createDedupeWindow(windowMs: number, maxEntries = 2_000_000, now: () => number = Date.now) {
  const seen = new Map<string, number>()
  const prune = (t: number) => {
    for (const [key, expires] of seen) {
      if (expires > t && seen.size <= maxEntries) break
      seen.delete(key)
    }
  }
  return {
    /** True the first time a key is seen in the window (the hit counts), false for a repeat. */
    firstView(key: string): boolean {
      const t = now()
      prune(t)
      const expires = seen.get(key)
      if (expires !== undefined && expires > t) return false
      if (expires !== undefined) seen.delete(key)
      seen.set(key, t + windowMs)
      return true
    },
    get size() {
      return seen.size
    },
  }
}
