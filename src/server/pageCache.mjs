/**
 * An in-memory cache of finished public pages in front of Next.js. Next's own page cache
 * (ISR) still renders each request through its router; this one answers a repeat request
 * for the same page straight from memory. It only keeps what Next itself marks as cached
 * (`x-nextjs-cache`), so dynamic pages, the admin and the API are never stored, and it is
 * emptied whenever the site publishes a change (the app calls `globalThis.__gongkaiPageCache.clear()`
 * through `handlePublicChange`). Entries also expire after `maxAgeMs`, which bounds how long
 * another instance behind the same load balancer can show an outdated page.
 */

/** @typedef {{ status: number, headers: [string, string | string[]][], body: Buffer, storedAt: number }} Entry */

export class PageCache {
  /** @param {{ maxEntries?: number, maxBytes?: number, maxAgeMs?: number }} [options] */
  constructor({ maxEntries = 5000, maxBytes = 256 * 1024 * 1024, maxAgeMs = 60_000 } = {}) {
    this.maxEntries = maxEntries
    this.maxBytes = maxBytes
    this.maxAgeMs = maxAgeMs
    /** @type {Map<string, Entry>} */
    this.entries = new Map()
    this.bytes = 0
    this.generation = 0
    this.hits = 0
    this.misses = 0
  }

  clear() {
    this.entries.clear()
    this.bytes = 0
    this.generation += 1
  }

  /** @param {string} key */
  get(key) {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (Date.now() - entry.storedAt > this.maxAgeMs) {
      this.delete(key)
      return undefined
    }
    // Map order is insertion order: re-inserting makes this the most recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  /** @param {string} key @param {Entry} entry @param {number} generation the generation when the render started */
  set(key, entry, generation) {
    // A change published while this page rendered makes the render outdated: do not keep it.
    if (generation !== this.generation || entry.body.length > this.maxBytes / 16) return
    this.delete(key)
    this.entries.set(key, entry)
    this.bytes += entry.body.length
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.delete(oldest)
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key)
    if (entry) {
      this.bytes -= entry.body.length
      this.entries.delete(key)
    }
  }
}

/**
 * The cache key of a request, or null when it must go to Next.js: only plain GET/HEAD page
 * requests without a session, preview cookie or client-router headers are shared.
 * @param {import('node:http').IncomingMessage} request
 */
export function cacheKey(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const url = request.url ?? '/'
  if (/^\/(admin|api|_next|preview)(\/|$|\?)/.test(url) || url.includes('_rsc=')) return null
  if (request.headers.rsc || request.headers['next-router-state-tree'] || request.headers['next-action']) return null
  const cookie = request.headers.cookie ?? ''
  if (cookie.includes('__prerender_bypass') || cookie.includes('payload-token')) return null
  const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) ? 'gz' : 'id'
  return `${gzip} ${url}`
}

/**
 * Serves from the cache, or lets Next.js answer while recording what it writes.
 * @param {PageCache} cache
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => Promise<void> | void} next
 */
export async function servePage(cache, request, response, next) {
  const key = cacheKey(request)
  if (!key) return next(request, response)
  const cached = cache.get(key)
  if (cached) {
    cache.hits += 1
    response.statusCode = cached.status
    for (const [name, value] of cached.headers) response.setHeader(name, value)
    response.setHeader('x-gongkai-cache', 'HIT')
    response.end(request.method === 'HEAD' ? undefined : cached.body)
    return
  }
  cache.misses += 1
  const generation = cache.generation
  /** @type {Buffer[]} */
  const chunks = []
  const write = response.write.bind(response)
  const end = response.end.bind(response)
  response.write = /** @type {any} */ (
    (chunk, ...rest) => {
      if (chunk) chunks.push(Buffer.from(chunk))
      return write(chunk, ...rest)
    }
  )
  response.end = /** @type {any} */ (
    (chunk, ...rest) => {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk))
      const nextCache = response.getHeader('x-nextjs-cache')
      if (
        response.statusCode === 200 &&
        request.method === 'GET' &&
        (nextCache === 'HIT' || nextCache === 'STALE' || nextCache === 'MISS')
      ) {
        const headers = Object.entries(response.getHeaders())
          .filter(
            ([name]) =>
              name !== 'set-cookie' &&
              name !== 'date' &&
              name !== 'connection' &&
              name !== 'keep-alive' &&
              name !== 'transfer-encoding',
          )
          .map(
            ([name, value]) =>
              /** @type {[string, string | string[]]} */ ([name, Array.isArray(value) ? value : String(value)]),
          )
        cache.set(key, { status: 200, headers, body: Buffer.concat(chunks), storedAt: Date.now() }, generation)
      }
      return end(chunk, ...rest)
    }
  )
  return next(request, response)
}
