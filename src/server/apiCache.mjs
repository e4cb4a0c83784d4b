/**
 * Anonymous reads of the public collections' REST API (`GET /api/notices/42`,
 * `GET /api/notices?where…`) answered from memory by server.mjs, with HTTP validators so
 * that a client or proxy that holds the answer gets a 304.
 *
 * Only a request that carries no credentials (no `payload-token` cookie, no Authorization
 * header) and asks for no draft is shared: Payload answers every such request alike, as the
 * public. Anything else gets `Cache-Control: private, no-store`. What an answer shows decides
 * its tags (responseCache.mjs): a document read at depth 0 is `notices:42`, a list at depth 0
 * is `notices`; an answer with related documents filled in (Payload's default depth) may show
 * any public collection and drops with any change.
 */
import { acceptsGzip, isPersonal } from './pageCache.mjs'
import { anyChange, etagOf, notModified, replayableHeaders } from './responseCache.mjs'

/**
 * Browsers and proxies may keep an anonymous answer but must ask again every time; the
 * answer to a repeated question is then a 304 from memory. A longer shared lifetime would
 * outlive a withdrawal by as much.
 */
export const publicApiCacheControl = 'public, max-age=0, must-revalidate'
export const personalCacheControl = 'private, no-store'

/**
 * Whether the answer may differ from the public's: credentials, or a draft asked for.
 * @param {import('node:http').IncomingMessage} request @param {URL} url
 */
const personalRead = (request, url) => isPersonal(request) || url.searchParams.get('draft') === 'true'

/** Payload's document ids: integers (SQL adapters) or ObjectIds (MongoDB). */
const documentId = /^(\d+|[0-9a-f]{24})$/

/**
 * What an anonymous GET of the REST API asks for, or null when it is not a plain read of one
 * of the `collections` (custom endpoints such as `/api/columns/items` and `/api/search`,
 * which counts queries, always go to the app).
 * @param {import('node:http').IncomingMessage} request
 * @param {readonly string[]} collections
 * @returns {{ key: string, tags: string[] } | null} the key without the content coding
 */
export function apiCacheKey(request, collections) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const url = new URL(request.url ?? '/', 'http://local')
  const [api, collection, id, ...rest] = url.pathname.split('/').filter(Boolean)
  if (api !== 'api' || !collection || !collections.includes(collection) || rest.length) return null
  if (id !== undefined && !documentId.test(id)) return null
  if (personalRead(request, url)) return null
  const flat = url.searchParams.get('depth') === '0'
  const tags = !flat ? [anyChange] : id !== undefined ? [`${collection}:${id}`] : [collection]
  url.searchParams.sort()
  return { key: `${url.pathname}?${url.searchParams}`, tags }
}

/**
 * The app may or may not compress an answer, so an entry is kept under the coding it has, and
 * a client is given the first of the codings it accepts that is kept.
 * @param {import('node:http').IncomingMessage} request
 */
const acceptedCodings = (request) =>
  acceptsGzip(request.headers['accept-encoding']) ? ['gzip', 'identity'] : ['identity']

/**
 * Serves an API request from the cache, or lets the app answer, holding its answer back until
 * it is complete so that it leaves with an `ETag` (and as a 304 when the client has it).
 * @param {import('./responseCache.mjs').ResponseCache} cache
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => Promise<void> | void} next
 * @param {{ collections: readonly string[] }} options
 */
export async function serveApi(cache, request, response, next, { collections }) {
  const target = apiCacheKey(request, collections)
  if (!target) {
    if (personalRead(request, new URL(request.url ?? '/', 'http://local'))) {
      response.setHeader('cache-control', personalCacheControl)
    }
    return next(request, response)
  }
  const codings = acceptedCodings(request)
  if (
    cache.answer(
      request,
      response,
      codings.map((coding) => `${coding} ${target.key}`),
    )
  )
    return
  const generation = cache.generation
  /** @type {Buffer[]} */
  const chunks = []
  const end = response.end.bind(response)
  const writeHead = response.writeHead.bind(response)
  // Held back: the status and headers go out with the whole body in `end`.
  response.writeHead = /** @type {any} */ (
    (status, ...rest) => {
      response.statusCode = status
      const headers = rest.find((value) => value && typeof value === 'object')
      for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value)
      return response
    }
  )
  response.flushHeaders = () => {}
  response.write = /** @type {any} */ (
    (chunk, encoding, callback) => {
      if (chunk) chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? encoding : undefined))
      const done = typeof encoding === 'function' ? encoding : callback
      if (typeof done === 'function') process.nextTick(done)
      return true
    }
  )
  response.end = /** @type {any} */ (
    (chunk, encoding, callback) => {
      if (chunk && typeof chunk !== 'function') {
        chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? encoding : undefined))
      }
      const body = Buffer.concat(chunks)
      const coding = String(response.getHeader('content-encoding') ?? 'identity').toLowerCase()
      // A HEAD answer has no body to keep.
      const storable =
        request.method === 'GET' &&
        response.statusCode === 200 &&
        !response.hasHeader('set-cookie') &&
        codings.includes(coding)
      if (response.statusCode === 200) {
        response.setHeader('cache-control', publicApiCacheControl)
        response.setHeader('vary', 'Accept-Encoding, Authorization, Cookie')
      }
      const etag = etagOf(body)
      if (storable) response.setHeader('etag', etag)
      response.removeHeader('transfer-encoding')
      response.setHeader('content-length', body.length)
      if (storable) {
        const headers = replayableHeaders(response)
        cache.set(
          `${coding} ${target.key}`,
          { status: 200, headers, body, storedAt: Date.now(), tags: target.tags, etag },
          generation,
        )
      }
      const finish = [chunk, encoding, callback].find((value) => typeof value === 'function')
      if (storable && notModified(request, etag)) {
        response.statusCode = 304
        response.removeHeader('content-length')
        writeHead(304)
        return end(finish)
      }
      writeHead(response.statusCode)
      return end(request.method === 'HEAD' ? undefined : body, finish)
    }
  )
  return next(request, response)
}
