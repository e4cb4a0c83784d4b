/**
 * `npm start`: the production server. Next.js behind a small Node `http` front that
 *  - answers repeat requests for public pages and anonymous API reads from memory, each
 *    dropped by the changes that touch it (src/server/pageCache.mjs, apiCache.mjs),
 *  - hands `POST /api/hits` to the hit counter's own handler without the Next.js pipeline,
 *    once the app has registered it (on the bridge, src/server/bridge.mjs),
 *  - on SIGTERM/SIGINT stops accepting connections, finishes the app's shutdown tasks
 *    (flush buffered hits, close the database) and exits 0.
 *  - runs the job queue every few seconds inside a request (src/server/jobTicker.mjs) unless
 *    JOBS_AUTORUN is off.
 *  - gives every request an id (a trusted proxy's X-Request-Id, or a new one), echoed in the
 *    response's X-Request-Id and added to the app's log lines (src/server/requestId.mjs).
 * Environment: PORT (3000), HOST (0.0.0.0), PAGE_CACHE=off to disable both caches.
 */
import http from 'node:http'

import next from 'next'

import { runShutdownTasks, siteBridge } from './src/server/bridge.mjs'
import { jobsAutorun, loopbackToken, runnerToken, startJobTicker } from './src/server/jobTicker.mjs'
import { serveApi } from './src/server/apiCache.mjs'
import { renderTags, servePage } from './src/server/pageCache.mjs'
import { requestContext, requestIdOf, trustedPeer } from './src/server/requestId.mjs'
import { ResponseCache } from './src/server/responseCache.mjs'

const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOST || '0.0.0.0'
const dev = process.env.NODE_ENV !== 'production'

// Before the app loads its config: the queue then runs through the tick endpoint.
const token = jobsAutorun() ? runnerToken() : undefined
const loopback = loopbackToken()
const app = next({ dev, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const maxAgeMs = Number(process.env.PAGE_CACHE_MAX_AGE_MS || 60_000)
const cache = new ResponseCache({ maxAgeMs })
const apiCache = new ResponseCache({ maxAgeMs, maxEntries: 20_000 })
const cacheOn = process.env.PAGE_CACHE !== 'off' && !dev
/** The collections whose anonymous REST reads are answered from memory (src/server/apiCache.mjs). */
const publicCollections = [
  'notices',
  'gazette-issues',
  'columns',
  'departments',
  'topic-categories',
  'mailboxes',
  'media',
]
// The app drops them once a public change commits (src/lib/invalidation, through the bridge),
// and tells the page cache each render's tags.
siteBridge().outsideCaches.add({ name: 'page cache', invalidate: (tags) => cache.invalidate(tags) })
siteBridge().outsideCaches.add({ name: 'API cache', invalidate: (tags) => apiCache.invalidate(tags) })
siteBridge().renderTags = renderTags
// Each request's id reaches the app's log lines through the bridge (src/lib/logger.ts).
siteBridge().requestContext = requestContext
const trusted = trustedPeer((process.env.TRUSTED_PROXIES ?? '').split(','))

const server = http.createServer((request, response) => {
  const id = requestIdOf(request, trusted)
  request.headers['x-request-id'] = id
  response.setHeader('X-Request-Id', id)
  requestContext.run({ id }, () => serve(request, response))
})

/** @param {http.IncomingMessage} request @param {http.ServerResponse} response */
function serve(request, response) {
  // The app's only view of the TCP peer (plugins/shared/http/clientAddress.ts); overwritten, so
  // a client cannot choose it.
  request.headers['x-gongkai-peer'] = request.socket.remoteAddress ?? ''
  const { hitHandler } = siteBridge()
  if (hitHandler && request.method === 'POST' && request.url?.split('?')[0] === '/api/hits') {
    hitHandler(request, response)
    return
  }
  if (!cacheOn) void handle(request, response)
  else if (request.url?.startsWith('/api/')) {
    void serveApi(apiCache, request, response, handle, { collections: publicCollections })
  } else void servePage(cache, request, response, handle)
}
server.keepAliveTimeout = 65_000
server.listen(port, hostname, () => {
  console.info(
    `> Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port} (page cache ${cacheOn ? 'on' : 'off'})`,
  )
  // Start Payload now rather than on the first visitor's request: the hit counter's fast path,
  // the job runner and the first-run seed all begin with it.
  const self = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname
  fetch(`http://${self}:${port}/api/health`).catch(() => {})
  if (token) startJobTicker({ origin: `http://${self}:${port}`, token })
  // A change applied outside a request (Payload's cron, another instance) expires Next's cache
  // through the app's own endpoint, inside a request of its own.
  siteBridge().expireInRequest = async (tags) => {
    const response = await fetch(`http://${self}:${port}/api/invalidation/expire`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gongkai-loopback-token': loopback },
      body: JSON.stringify({ tags }),
    })
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`/api/invalidation/expire answered ${response.status}`)
  }
})

let stopping = false
async function stop(signal) {
  if (stopping) return
  stopping = true
  console.info(`[shutdown] ${signal} received, finishing work`)
  server.close()
  server.closeIdleConnections?.()
  const timer = setTimeout(() => server.closeAllConnections?.(), 5000)
  timer.unref()
  try {
    await runShutdownTasks()
    await app.close?.()
  } finally {
    process.exit(signal === 'SIGINT' ? 130 : 0)
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
