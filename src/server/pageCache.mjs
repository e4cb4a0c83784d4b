/**
 * The cache of finished public pages in front of Next.js. Next's own page cache (ISR) still
 * renders each request through its router; this one answers a repeat request for the same
 * page straight from memory (responseCache.mjs). It only keeps what Next itself marks as
 * cached (`x-nextjs-cache` HIT or MISS; a STALE copy is already being replaced), so dynamic
 * pages, the admin and the API are never stored.
 *
 * Each page is stored with the cache tags its render declared: server.mjs runs every render
 * inside `renderTags`, and the app's `tagPage` (src/lib/invalidation/nextCache.ts) adds to
 * it, so a committed change drops only the pages that show what changed. A page Next.js
 * served from its own cache (no render here) keeps the tags its last render declared.
 *
 * The key is the encoding, the path and only the query parameters a page reads (none today:
 * Next.js serves an ISR page the same whatever the query), so made-up query strings neither
 * bypass the cache nor push real pages out of it.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import { etagOf, replayableHeaders } from './responseCache.mjs'

export { ResponseCache as PageCache } from './responseCache.mjs'

/**
 * The tags the render in progress declares (a set per request). server.mjs hands it to the
 * app on the site bridge.
 * @type {AsyncLocalStorage<Set<string>>}
 */
export const renderTags = new AsyncLocalStorage()

/** The tags each page's last render declared, for pages Next.js serves without a render. */
const lastTags = new WeakMap()

/** @param {import('./responseCache.mjs').ResponseCache} cache @returns {Map<string, string[]>} */
function lastTagsOf(cache) {
  let map = lastTags.get(cache)
  if (!map) lastTags.set(cache, (map = new Map()))
  return map
}

/** Cookies that make a page personal (a signed-in user, Next.js draft mode). */
const personalCookies = new Set(['payload-token', '__prerender_bypass', '__next_preview_data'])

/** @param {string | undefined} header */
function cookieNames(header) {
  if (!header) return []
  return header.split(';').map((pair) => pair.split('=', 1)[0].trim())
}

/**
 * Whether the answer may depend on who asks: a session or preview cookie, or credentials in
 * an Authorization header (Payload's JWT and API keys).
 * @param {import('node:http').IncomingMessage} request
 */
export function isPersonal(request) {
  if (request.headers.authorization) return true
  return cookieNames(request.headers.cookie).some((name) => personalCookies.has(name))
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
  if (isPersonal(request)) return null
  const kept = new URLSearchParams([...query].filter(([name]) => queryParams.includes(name)).sort())
  const coding = acceptsGzip(request.headers['accept-encoding']) ? 'gzip' : 'identity'
  return `${coding} ${path}${kept.size ? `?${kept}` : ''}`
}

/**
 * Serves from the cache, or lets Next.js answer while recording what it writes.
 * @param {import('./responseCache.mjs').ResponseCache} cache
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => Promise<void> | void} next
 * @param {{ queryParams?: readonly string[] }} [options]
 */
export async function servePage(cache, request, response, next, options = {}) {
  const key = cacheKey(request, options)
  if (!key) return next(request, response)
  if (cache.answer(request, response, [key])) return
  const generation = cache.generation
  /** @type {Set<string>} */
  const declared = new Set()
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
        (nextCache === 'HIT' || nextCache === 'MISS') &&
        key.startsWith(`${coding} `)
      ) {
        const body = Buffer.concat(chunks)
        const known = lastTagsOf(cache)
        const tags = declared.size ? [...declared] : known.get(key)
        if (declared.size) {
          known.delete(key)
          known.set(key, tags)
          if (known.size > cache.maxEntries * 2) known.delete(known.keys().next().value)
        }
        const etag = String(response.getHeader('etag') ?? etagOf(body))
        const headers = replayableHeaders(response)
        if (!response.hasHeader('etag')) headers.push(['etag', etag])
        const storedAt = Date.now()
        // A replay then says when this copy was made (src/server/httpCaching.mjs adds it otherwise).
        if (!response.hasHeader('last-modified')) headers.push(['last-modified', new Date(storedAt).toUTCString()])
        cache.set(key, { status: 200, headers, body, storedAt, tags, etag }, generation)
      }
      return end(chunk, ...rest)
    }
  )
  return renderTags.run(declared, () => next(request, response))
}
