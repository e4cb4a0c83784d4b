import http from 'node:http'

import { outcomeBody } from '../endpoints/recordHitEndpoint'
import type { HitOutcome } from '../types'
import type { ClientAddressResolver } from '../../shared/http/clientAddress'
import type { HitRuntime } from './runtime'

type HandlerOptions = { maxBodyBytes: number; clientAddress: ClientAddressResolver }
type ListenerState = { server: http.Server; runtime: HitRuntime; port: number; host: string }

const listenerKey = '__gongkaiHitListener'
/** The site's production server (server.mjs) hands `POST /api/hits` to this function. */
const handlerKey = '__gongkaiHitHandler'
const store = globalThis as {
  [listenerKey]?: ListenerState
  [handlerKey]?: http.RequestListener & { runtime?: HitRuntime }
}

const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }

function send(response: http.ServerResponse, outcome: HitOutcome, language: 'zh' | 'en') {
  const body = JSON.stringify(outcomeBody(outcome, language))
  // A length instead of chunked encoding: headers and body leave in one write.
  response.writeHead(outcome.status, { ...headers, 'Content-Length': Buffer.byteLength(body) })
  response.end(body)
}

/**
 * `POST /api/hits` on a bare Node request (the Drupal statistics.php idea: no framework per
 * view): reads at most `maxBodyBytes`, then the same ingest as Payload's endpoint.
 */
export function handleHitRequest(
  runtime: HitRuntime,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  { maxBodyBytes, clientAddress }: HandlerOptions,
) {
  const language = /^en\b/i.test(request.headers['accept-language'] ?? '') ? 'en' : 'zh'
  const tooLarge: HitOutcome = {
    status: 413,
    error: { zh: `请求体超过 ${maxBodyBytes} 字节`, en: `The body exceeds ${maxBodyBytes} bytes` },
  }
  if (Number(request.headers['content-length'] || 0) > maxBodyBytes) {
    send(response, tooLarge, language)
    request.resume()
    return
  }
  const chunks: Buffer[] = []
  let size = 0
  let refused = false
  request.on('data', (chunk: Buffer) => {
    if (refused) return
    size += chunk.length
    if (size > maxBodyBytes) {
      refused = true
      send(response, tooLarge, language)
      return
    }
    chunks.push(chunk)
  })
  request.on('end', () => {
    if (refused) return
    runtime
      .ingest({
        body: chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8'),
        ip: clientAddress({
          socketAddress: request.socket.remoteAddress,
          forwardedFor: request.headers['x-forwarded-for'] as string | undefined,
          realIp: request.headers['x-real-ip'] as string | undefined,
        }),
        userAgent: request.headers['user-agent'] ?? '',
      })
      .then((outcome) => send(response, outcome, language))
      .catch(() => {
        response.writeHead(500, headers).end('{"errors":[{"message":"Internal error"}]}')
      })
  })
}

/**
 * Offers the handler to the site's own production server (server.mjs), which answers
 * `POST /api/hits` with it before Next.js. Kept on globalThis: server.mjs and the Next.js
 * bundles are separate module graphs, and there is one Payload instance behind both.
 */
export function registerHitHandler(runtime: HitRuntime, options: HandlerOptions) {
  const handler: http.RequestListener & { runtime?: HitRuntime } = (request, response) =>
    handleHitRequest(runtime, request, response, options)
  handler.runtime = runtime
  store[handlerKey] = handler
}

export function unregisterHitHandler(runtime: HitRuntime) {
  if (store[handlerKey]?.runtime === runtime) delete store[handlerKey]
}

/**
 * A separate listener for `POST /api/hits` (HITS_PORT), for deployments whose reverse proxy
 * routes the path to it. A dev-server reload or a second Payload instance re-points an
 * existing listener instead of opening another port.
 */
export async function startHitListener(
  runtime: HitRuntime,
  { port, host = '127.0.0.1', ...options }: HandlerOptions & { port: number; host?: string },
): Promise<http.Server> {
  const existing = store[listenerKey]
  if (existing && existing.port === port && existing.host === host) {
    existing.runtime = runtime
    return existing.server
  }
  const server = http.createServer((request, response) => {
    const path = request.url?.split('?')[0]
    if (path !== '/api/hits' && path !== '/hits') {
      response.writeHead(404, headers).end('{"errors":[{"message":"Not found"}]}')
      return
    }
    if (request.method !== 'POST') {
      response.writeHead(405, { ...headers, Allow: 'POST' }).end('{"errors":[{"message":"Method not allowed"}]}')
      return
    }
    handleHitRequest(store[listenerKey]!.runtime, request, response, options)
  })
  server.keepAliveTimeout = 65_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  store[listenerKey] = { server, runtime, port, host }
  return server
}

/** Closes the listener (shutdown). */
export async function stopHitListener(): Promise<void> {
  const state = store[listenerKey]
  if (!state) return
  delete store[listenerKey]
  state.server.closeAllConnections?.()
  await new Promise<void>((resolve) => state.server.close(() => resolve()))
}
