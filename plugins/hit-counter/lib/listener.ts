import http from 'node:http'

import { outcomeBody } from '../endpoints/recordHitEndpoint'
import type { HitOutcome } from '../types'
import type { ClientAddressResolver } from '../../shared/http/clientAddress'
import type { HitRuntime } from './runtime'
import { processGlobal } from '../../shared/lifecycle/processGlobal'

type HandlerOptions = { maxBodyBytes: number; clientAddress: ClientAddressResolver }
type ListenerState = { server: http.Server; runtime: HitRuntime; port: number; host: string }

/** The separate listener (HITS_PORT), one per process whatever bundle started it. */
const listenerSlot = processGlobal<{ state?: ListenerState }>('hit-counter.listener', () => ({}))

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
 * The handler the host's own production server may answer `POST /api/hits` with, before
 * Next.js (the host receives it through the `fastPath` option).
 */
export const hitRequestHandler =
  (runtime: HitRuntime, options: HandlerOptions): http.RequestListener =>
  (request, response) =>
    handleHitRequest(runtime, request, response, options)

/**
 * A separate listener for `POST /api/hits` (HITS_PORT), for deployments whose reverse proxy
 * routes the path to it. A dev-server reload or a second Payload instance re-points an
 * existing listener instead of opening another port.
 */
export async function startHitListener(
  runtime: HitRuntime,
  { port, host = '127.0.0.1', ...options }: HandlerOptions & { port: number; host?: string },
): Promise<http.Server> {
  const existing = listenerSlot.state
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
    handleHitRequest(listenerSlot.state!.runtime, request, response, options)
  })
  server.keepAliveTimeout = 65_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  listenerSlot.state = { server, runtime, port, host }
  return server
}

/** Closes the listener (shutdown). */
export async function stopHitListener(): Promise<void> {
  const state = listenerSlot.state
  if (!state) return
  listenerSlot.state = undefined
  state.server.closeAllConnections?.()
  await new Promise<void>((resolve) => state.server.close(() => resolve()))
}
