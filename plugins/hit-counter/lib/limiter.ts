/**
 * A fixed-window rate limit per key in at most `maxKeys` entries (rate-limiter-flexible's memory
 * store keeps a timer and an entry per key with no bound, which a flood of addresses fills).
 * Windows all have the same length, so insertion order is expiry order, as in the dedupe window.
 */
export function createWindowLimiter(
  points: number,
  durationMs: number,
  maxKeys = 100_000,
  now: () => number = Date.now,
) {
  const windows = new Map<string, { resetAt: number; used: number }>()
  return {
    /** True when the key may go ahead (and spends a point), false when it is over the limit. */
    consume(key: string): boolean {
      const t = now()
      const entry = windows.get(key)
      if (entry && entry.resetAt > t) {
        if (entry.used >= points) return false
        entry.used += 1
        return true
      }
      if (entry) windows.delete(key)
      for (const [oldKey, old] of windows) {
        if (old.resetAt > t && windows.size < maxKeys) break
        windows.delete(oldKey)
      }
      windows.set(key, { resetAt: t + durationMs, used: 1 })
      return true
    },
    get size() {
      return windows.size
    },
  }
}
