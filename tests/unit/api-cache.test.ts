import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { serveApi } from '../../src/server/apiCache.mjs'
import { ResponseCache } from '../../src/server/responseCache.mjs'

/**
 * The anonymous API cache in front of a stand-in for Payload's REST handler over real HTTP:
 * which requests it shares, what tags their answers carry, and that the answer leaves whole
 * whatever way the handler writes it. The production server itself: tests/e2e/api-cache.test.ts.
 */
let cache: ResponseCache
let server: http.Server
let base: string
let calls = 0

function standInPayload(request: http.IncomingMessage, response: http.ServerResponse) {
  calls += 1
  const url = new URL(request.url ?? '/', 'http://x')
  if (url.pathname === '/api/notices/404') {
    response.writeHead(404, { 'content-type': 'application/json' })
    response.end('{"errors":[{"message":"Not Found"}]}')
    return
  }
  // Written in pieces after an explicit writeHead, as a streamed Web Response is.
  response.writeHead(200, { 'content-type': 'application/json' })
  response.write(`{"path":"${url.pathname}",`)
  response.end(`"auth":${Boolean(request.headers.authorization)}}`)
}

beforeAll(async () => {
  server = http.createServer(
    (request, response) => void serveApi(cache, request, response, standInPayload, { collections: ['notices'] }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  cache = new ResponseCache()
  calls = 0
})

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers })

describe('API cache', () => {
  it('shares an anonymous read of a public collection, whole, with validators', async () => {
    const first = await get('/api/notices/7?depth=0')
    expect(await first.json()).toEqual({ path: '/api/notices/7', auth: false })
    expect(first.headers.get('etag')).toBeTruthy()
    const second = await get('/api/notices/7?depth=0')
    expect(second.headers.get('x-gongkai-cache')).toBe('HIT')
    expect(await second.json()).toEqual({ path: '/api/notices/7', auth: false })
    expect(calls).toBe(1)
    // A HEAD has no body: it neither fills the cache nor is served an empty answer later.
    await fetch(`${base}/api/notices/9?depth=0`, { method: 'HEAD' })
    expect(await (await get('/api/notices/9?depth=0')).json()).toEqual({ path: '/api/notices/9', auth: false })
    // The same question asked with its parameters in another order is the same answer.
    await get('/api/notices?depth=0&limit=5')
    expect((await get('/api/notices?limit=5&depth=0')).headers.get('x-gongkai-cache')).toBe('HIT')
  })

  it('drops a flat read by its own tags and a populated read with any change', async () => {
    await get('/api/notices/7?depth=0')
    await get('/api/notices/8?depth=0')
    await get('/api/notices?depth=0')
    await get('/api/notices/8')
    cache.invalidate(['notices:7', 'notices'])
    expect((await get('/api/notices/7?depth=0')).headers.get('x-gongkai-cache')).toBeNull()
    expect((await get('/api/notices/8?depth=0')).headers.get('x-gongkai-cache')).toBe('HIT')
    expect((await get('/api/notices?depth=0')).headers.get('x-gongkai-cache')).toBeNull()
    expect((await get('/api/notices/8')).headers.get('x-gongkai-cache')).toBeNull()
    await get('/api/notices/8')
    cache.invalidate(['columns'])
    expect((await get('/api/notices/8')).headers.get('x-gongkai-cache')).toBeNull()
  })

  it('goes to the app for credentials, drafts, other collections, custom endpoints and errors', async () => {
    const personal = [
      ['/api/notices/7', { authorization: 'JWT abc' }],
      ['/api/notices/7', { cookie: 'payload-token=abc' }],
      ['/api/notices/7?draft=true', {}],
    ] as const
    for (const [path, headers] of personal) {
      for (let n = 0; n < 2; n += 1) {
        const response = await get(path, headers)
        expect(response.headers.get('cache-control')).toBe('private, no-store')
        expect(response.headers.get('x-gongkai-cache')).toBeNull()
      }
    }
    for (const path of ['/api/users/7', '/api/notices/count', '/api/notices/7/workflow', '/api/notices/404']) {
      await get(path)
      expect(`${path} ${(await get(path)).headers.get('x-gongkai-cache')}`).toBe(`${path} null`)
    }
    expect(calls).toBe(14)
  })
})
