import http from 'node:http'

import { outcomeBody } from '../endpoints/recordHitEndpoint'
import type { HitOutcome } from '../types'
import { clientAddress } from './clientKey'
import type { HitRuntime } from './runtime'

type ListenerState = { server: http.Server; runtime: HitRuntime; port: number; host: string }

const key = '__gongkaiHitListener'
const store = globalThis as { [key]?: ListenerState }

const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }

function send(response: http.ServerResponse, outcome: HitOutcome, language: 'zh' | 'en') {
  const body = JSON.stringify(outcomeBody(outcome, language))
  // A length instead of chunked encoding: headers and body leave in one write.
  response.writeHead(outcome.status, { ...headers, 'Content-Length': Buffer.byteLength(body) })
  response.end(body)
}

/**
 * A bare Node `http` listener for `POST /api/hits` (the Drupal statistics.php idea: no
 * framework per view). It lives in the app's own process and calls the app's single
 * Payload instance through the runtime kept on globalThis, so a dev-server reload or a second
 * Payload instance re-points the listener instead of opening another port.
 */
export async function startHitListener(
  runtime: HitRuntime,
  {
    port,
    host = '127.0.0.1',
    maxBodyBytes,
    trustProxy,
  }: { port: number; host?: string; maxBodyBytes: number; trustProxy: boolean },
): Promise<http.Server> {
  const existing = store[key]
  if (existing && existing.port === port && existing.host === host) {
    existing.runtime = runtime
    return existing.server
  }
  const server = http.createServer((request, response) => {
    const state = store[key]!
    const language = /^en\b/i.test(request.headers['accept-language'] ?? '') ? 'en' : 'zh'
    const path = request.url?.split('?')[0]
    if (path !== '/api/hits' && path !== '/hits') {
      response.writeHead(404, headers).end('{"errors":[{"message":"Not found"}]}')
      return
    }
    if (request.method !== 'POST') {
      response.writeHead(405, { ...headers, Allow: 'POST' }).end('{"errors":[{"message":"Method not allowed"}]}')
      return
    }
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
      state.runtime
        .ingest({
          body: chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8'),
          ip: clientAddress(
            request.headers['x-forwarded-for'] as string | undefined,
            request.socket.remoteAddress,
            trustProxy,
          ),
          userAgent: request.headers['user-agent'] ?? '',
        })
        .then((outcome) => send(response, outcome, language))
        .catch(() => {
          response.writeHead(500, headers).end('{"errors":[{"message":"Internal error"}]}')
        })
    })
  })
  server.keepAliveTimeout = 65_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  store[key] = { server, runtime, port, host }
  return server
}

/** Closes the listener (shutdown). */
export async function stopHitListener(): Promise<void> {
  const state = store[key]
  if (!state) return
  delete store[key]
  state.server.closeAllConnections?.()
  await new Promise<void>((resolve) => state.server.close(() => resolve()))
}
