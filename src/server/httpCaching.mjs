/**
 * The HTTP caching headers server.mjs puts on every answer, for the shared caches in front of
 * the app (nginx, a CDN: see deploy/nginx/gongkai.conf and docs/production.md).
 *
 * Next.js marks a page it may serve from its ISR cache with `s-maxage=<revalidate>` (300 s
 * here) and a year of `stale-while-revalidate`: a shared cache that obeyed it could show a
 * withdrawn notice for a year. Open-source nginx cannot be told to drop an entry, so a shared
 * copy of a public page lives only a few seconds (`s-maxage`, `PAGE_SHARED_MAX_AGE`), may be
 * served stale a little longer while one request asks the app again (`stale-while-revalidate`),
 * and asks with its validator: the app answers that question with a 304 when nothing changed.
 * Together they bound how long a change can stay hidden behind nginx (3 s by default; the
 * goal is 5 s). A browser always asks again (`max-age=0`). A personal answer (a session, draft
 * mode, the admin, the preview switch) is `private, no-store`: no shared cache may keep it.
 */
import { isPersonal } from './pageCache.mjs'

const seconds = (value, fallback) => {
  const number = Number(value)
  return value !== undefined && value !== '' && Number.isInteger(number) && number >= 0 ? number : fallback
}

/**
 * The `Cache-Control` of a public page, from the environment: PAGE_SHARED_MAX_AGE (2 s),
 * PAGE_STALE_WHILE_REVALIDATE (1 s), PAGE_STALE_IF_ERROR (1 day: a page keeps being served
 * while every instance is down).
 * @param {Record<string, string | undefined>} [env]
 */
export function publicPageCacheControl(env = process.env) {
  const shared = seconds(env.PAGE_SHARED_MAX_AGE, 2)
  const stale = seconds(env.PAGE_STALE_WHILE_REVALIDATE, 1)
  const onError = seconds(env.PAGE_STALE_IF_ERROR, 86_400)
  return `public, max-age=0, s-maxage=${shared}, stale-while-revalidate=${stale}, stale-if-error=${onError}`
}

export const personalCacheControl = 'private, no-store'

/** Paths whose answers depend on who asks whatever the cookies say. */
const personalPaths = /^\/(admin|preview)(\/|$)/

/** Request headers a public page depends on: the coding, and the cookies that make it personal. */
const pageVary = ['Accept-Encoding', 'Cookie']

/** @param {import('node:http').ServerResponse} response @param {string[]} names */
function addVary(response, names) {
  const current = String(response.getHeader('vary') ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  const lower = new Set(current.map((name) => name.toLowerCase()))
  const added = [...current, ...names.filter((name) => !lower.has(name.toLowerCase()))]
  response.setHeader('vary', added.join(', '))
}

/**
 * Sets the caching headers of an answer just before its head leaves (Node calls `writeHead`
 * for an implicit head too, so answers replayed from the page cache pass here as well).
 *  - `/_next/static`: left as Next.js sends it (`immutable`, a year: the file names carry hashes).
 *  - a personal request or path: `private, no-store`.
 *  - an answer Next.js marked shareable (`s-maxage`): the public page policy above, `Vary`, and
 *    `Last-Modified` when the answer has none (the page cache stores the time it rendered).
 * Other answers (the API, dynamic pages, errors) keep what the app set.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {{ pageCacheControl: string }} policy
 */
export function applyCachingHeaders(request, response, { pageCacheControl }) {
  const path = (request.url ?? '/').split('?', 1)[0]
  if (path.startsWith('/_next/static/')) return
  if (personalPaths.test(path) || isPersonal(request)) {
    response.setHeader('cache-control', personalCacheControl)
    return
  }
  const cacheControl = String(response.getHeader('cache-control') ?? '')
  if (!/(^|[\s,])s-maxage=/i.test(cacheControl)) return
  response.setHeader('cache-control', pageCacheControl)
  addVary(response, pageVary)
  if (!response.hasHeader('last-modified')) response.setHeader('last-modified', new Date().toUTCString())
}

/**
 * Installs `applyCachingHeaders` on a response, to run once when its head is written.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {{ pageCacheControl: string }} policy
 */
export function withCachingHeaders(request, response, policy) {
  const writeHead = response.writeHead.bind(response)
  response.writeHead = /** @type {any} */ (
    (...args) => {
      applyCachingHeaders(request, response, policy)
      return writeHead(...args)
    }
  )
}
