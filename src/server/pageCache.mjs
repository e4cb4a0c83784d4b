/**
 * An in-memory cache of finished public pages in front of Next.js. Next's own page cache
 * (ISR) still renders each request through its router; this one answers a repeat request
 * for the same page straight from memory. It only keeps what Next itself marks as cached
 * (`x-nextjs-cache`), so dynamic pages, the admin and the API are never stored, and it is
 * emptied whenever a public change commits (server.mjs registers it on the site bridge,
 * src/server/bridge.mjs, and src/lib/invalidation calls `invalidate(tags)`). Entries also
 * expire after `maxAgeMs`, which bounds how long another instance behind the same load
 * balancer can show an outdated page.
 *
 * The key is the encoding, the path and only the query parameters a page reads (none today:
 * Next.js serves an ISR page the same whatever the query), so made-up query strings neither
 * bypass the cache nor push real pages out of it.
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

  /**
   * A committed change with these tags. The cache does not know which tags each page
   * carries, so it drops everything; targeted dropping (issue 17) plugs in here.
   * @param {readonly string[]} _tags
   */
  invalidate(_tags) {
    this.clear()
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

/** Cookies that make a page personal (a signed-in user, Next.js draft mode). */
const personalCookies = new Set(['payload-token', '__prerender_bypass', '__next_preview_data'])

/** @param {string | undefined} header */
function cookieNames(header) {
  if (!header) return []
  return header.split(';').map((pair) => pair.split('=', 1)[0].trim())
}

/**
 * Whether the client accepts gzip (RFC 9110 §12.5.3: `gzip;q=0` and `*;q=0` refuse it).
 * @param {string | string[] | undefined} header
 */
export function acceptsGzip(header) {
  /** @type {Map<string, number>} */
  const weights = new Map()
  for (const part of String(header ?? '').split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';')
    if (!coding) continue
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)).find(Boolean)
    weights.set(coding.trim(), q ? Number(q[1]) : 1)
  }
  const weight = weights.get('gzip') ?? weights.get('x-gzip') ?? weights.get('*') ?? 0
  return weight > 0
}

/**
 * The cache key of a request, or null when it must go to Next.js: only plain GET/HEAD page
 * requests without a session, preview cookie or client-router headers are shared. The key
 * starts with the one content coding an entry under it may have (`gzip` or `identity`).
 * @param {import('node:http').IncomingMessage} request
 * @param {{ queryParams?: readonly string[] }} [options] query parameters that change a page
 */
export function cacheKey(request, { queryParams = [] } = {}) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const url = request.url ?? '/'
  const queryAt = url.indexOf('?')
  const path = queryAt === -1 ? url : url.slice(0, queryAt)
  if (!path.startsWith('/') || /^\/(admin|api|_next|preview)(\/|$)/.test(path)) return null
  const query = new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1))
  if (query.has('_rsc')) return null
  if (request.headers.rsc || request.headers['next-router-state-tree'] || request.headers['next-action']) return null
  if (cookieNames(request.headers.cookie).some((name) => personalCookies.has(name))) return null
  const kept = new URLSearchParams([...query].filter(([name]) => queryParams.includes(name)).sort())
  const coding = acceptsGzip(request.headers['accept-encoding']) ? 'gzip' : 'identity'
  return `${coding} ${path}${kept.size ? `?${kept}` : ''}`
}

/**
 * Serves from the cache, or lets Next.js answer while recording what it writes.
 * @param {PageCache} cache
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => Promise<void> | void} next
 * @param {{ queryParams?: readonly string[] }} [options]
 */
export async function servePage(cache, request, response, next, options = {}) {
  const key = cacheKey(request, options)
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
      // Only a body in the coding the key names: Next.js may answer deflate to a client that
      // asked for it, and that must not reach one that did not.
      const coding = String(response.getHeader('content-encoding') ?? 'identity').toLowerCase()
      if (
        response.statusCode === 200 &&
        request.method === 'GET' &&
        (nextCache === 'HIT' || nextCache === 'STALE' || nextCache === 'MISS') &&
        key.startsWith(`${coding} `)
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
