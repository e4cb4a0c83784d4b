/**
 * "Seen within the window" for (client, page) pairs, in at most `maxEntries` entries. The window
 * is fixed, so insertion order is expiry order: expired entries are dropped from the front of the
 * Map in O(1) each, and when a flood fills it the oldest go first. A repeat does not extend the
 * window (a reader who stays for hours counts once per window).
 *
 * Several readers may share an address (an office behind one NAT), so a pair remembers up to
 * `agentsPerAddress` user agents and counts each once; past that, a new user agent from the
 * same address and page is a repeat, so rotating it buys nothing.
 */
export function createDedupeWindow(
  windowMs: number,
  { maxEntries = 200_000, agentsPerAddress = 3 }: { maxEntries?: number; agentsPerAddress?: number } = {},
  now: () => number = Date.now,
) {
  const seen = new Map<string, { expires: number; agents: string[] }>()
  const prune = (t: number) => {
    for (const [key, entry] of seen) {
      if (entry.expires > t && seen.size < maxEntries) break
      seen.delete(key)
    }
  }
  return {
    /** True the first time a (key, agent) is seen in the window (the hit counts), false for a repeat. */
    firstView(key: string, agent = ''): boolean {
      const t = now()
      const entry = seen.get(key)
      if (entry && entry.expires > t) {
        if (entry.agents.includes(agent) || entry.agents.length >= agentsPerAddress) return false
        entry.agents.push(agent)
        return true
      }
      if (entry) seen.delete(key)
      prune(t)
      seen.set(key, { expires: t + windowMs, agents: [agent] })
      return true
    },
    get size() {
      return seen.size
    },
  }
}
