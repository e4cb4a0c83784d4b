import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { PageCache, renderTags, servePage } from '../../src/server/pageCache.mjs'

/**
 * The page cache in front of a stand-in for Next.js over real HTTP: the stand-in renders
 * each path as an ISR page would (`x-nextjs-cache`, same page whatever the query) and
 * compresses the way Next.js's compression does (gzip, else deflate, per Accept-Encoding).
 */
let cache: PageCache
let server: http.Server
let base: string
const renders = new Map<string, number>()

/** The tags each stand-in page declares while it renders, as the app's `tagPage` does. */
const pageTags: Record<string, string[]> = {
  '/columns/a': ['columns', 'notices@column:*', 'notices@column:1'],
  '/columns/b': ['columns', 'notices@column:*', 'notices@column:2'],
}
/** Pages the stand-in serves from "its own cache": no render, so no tags declared. */
const servedWithoutRender = new Set<string>()
/** Runs during a render (a change committing meanwhile). */
let duringRender: (() => void) | undefined

function standInNext(request: http.IncomingMessage, response: http.ServerResponse) {
  const path = (request.url ?? '/').split('?')[0]
  renders.set(path, (renders.get(path) ?? 0) + 1)
  if (!servedWithoutRender.has(path)) for (const tag of pageTags[path] ?? []) renderTags.getStore()?.add(tag)
  duringRender?.()
  const html = Buffer.from(`<html><body>page ${path}</body></html>`)
  const accepted = String(request.headers['accept-encoding'] ?? '')
  response.setHeader('content-type', 'text/html; charset=utf-8')
  response.setHeader('x-nextjs-cache', 'HIT')
  response.setHeader('vary', 'Accept-Encoding')
  if (/\bgzip\b(?!;q=0\b)/.test(accepted)) {
    response.setHeader('content-encoding', 'gzip')
    response.end(zlib.gzipSync(html))
  } else if (/\bdeflate\b/.test(accepted)) {
    response.setHeader('content-encoding', 'deflate')
    response.end(zlib.deflateSync(html))
  } else response.end(html)
}

beforeAll(async () => {
  server = http.createServer((request, response) => void servePage(cache, request, response, standInNext))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  cache = new PageCache({ maxEntries: 3 })
  renders.clear()
  servedWithoutRender.clear()
  duringRender = undefined
})

/** A raw GET (fetch would add its own Accept-Encoding and decode the body). */
function get(path: string, headers: http.OutgoingHttpHeaders = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(base + path, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        )
      })
      .on('error', reject)
  })
}

describe('page cache', () => {
  it('serves a repeat request from memory', async () => {
    await get('/columns/a')
    const again = await get('/columns/a')
    expect(again.headers['x-gongkai-cache']).toBe('HIT')
    expect(renders.get('/columns/a')).toBe(1)
  })

  it('keys a page by its path: made-up query strings neither bypass it nor push real pages out', async () => {
    await get('/columns/a')
    await get('/columns/b')
    for (let n = 0; n < 20; n += 1) {
      const response = await get(`/columns/a?utm=${n}&x=${'y'.repeat(n)}`)
      expect(response.body.toString()).toContain('page /columns/a')
    }
    expect(renders.get('/columns/a')).toBe(1)
    expect((await get('/columns/b')).headers['x-gongkai-cache']).toBe('HIT')
    expect(cache.entries.size).toBe(2)
  })

  it('bypasses the cache for a session cookie only when the cookie is exactly that one', async () => {
    await get('/columns/a')
    const lookalike = await get('/columns/a', { cookie: 'theme=dark; not-payload-token=1; x=payload-token' })
    expect(lookalike.headers['x-gongkai-cache']).toBe('HIT')
    const signedIn = await get('/columns/a', { cookie: 'theme=dark; payload-token=abc.def' })
    expect(signedIn.headers['x-gongkai-cache']).toBeUndefined()
    const preview = await get('/columns/a', { cookie: '__prerender_bypass=1' })
    expect(preview.headers['x-gongkai-cache']).toBeUndefined()
    expect(renders.get('/columns/a')).toBe(3)
  })

  it('never hands a body in a coding the client did not ask for', async () => {
    // A deflate-only client gets deflate from Next.js; that body must not be kept for others.
    const deflated = await get('/columns/a', { 'accept-encoding': 'deflate' })
    expect(deflated.headers['content-encoding']).toBe('deflate')
    const plain = await get('/columns/a')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toContain('page /columns/a')
    // `gzip;q=0` refuses gzip.
    const refused = await get('/columns/a', { 'accept-encoding': 'gzip;q=0, identity' })
    expect(refused.headers['content-encoding']).toBeUndefined()
    expect(refused.body.toString()).toContain('page /columns/a')
    const gzipped = await get('/columns/a', { 'accept-encoding': 'gzip, deflate, br' })
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    const gzippedAgain = await get('/columns/a', { 'accept-encoding': 'br, gzip' })
    expect(gzippedAgain.headers['x-gongkai-cache']).toBe('HIT')
    expect(zlib.gunzipSync(gzippedAgain.body).toString()).toContain('page /columns/a')
  })

  it('drops only the pages that show what changed; a page of unknown tags drops with any change', async () => {
    await get('/columns/a')
    await get('/columns/b')
    await get('/guide')
    cache.invalidate(['notices', 'notices:7', 'notices@column:1'])
    expect((await get('/columns/a')).headers['x-gongkai-cache']).toBeUndefined()
    expect((await get('/columns/b')).headers['x-gongkai-cache']).toBe('HIT')
    expect((await get('/guide')).headers['x-gongkai-cache']).toBeUndefined()
    // A change whose columns are unknown reaches every column list.
    cache.invalidate(['notices', 'notices@column:*'])
    expect((await get('/columns/b')).headers['x-gongkai-cache']).toBeUndefined()
    expect(renders.get('/columns/a')).toBe(2)
    expect(renders.get('/columns/b')).toBe(2)
  })

  it("keeps a page's last declared tags when Next.js serves it without rendering", async () => {
    await get('/columns/a')
    cache.clear()
    servedWithoutRender.add('/columns/a')
    await get('/columns/a')
    cache.invalidate(['notices@column:2'])
    expect((await get('/columns/a')).headers['x-gongkai-cache']).toBe('HIT')
    cache.invalidate(['notices@column:1'])
    expect((await get('/columns/a')).headers['x-gongkai-cache']).toBeUndefined()
  })

  it('does not keep a render that a change to its data overtook, but keeps one an unrelated change did not', async () => {
    duringRender = () => cache.invalidate(['notices@column:1'])
    await get('/columns/a')
    await get('/columns/b')
    duringRender = undefined
    expect((await get('/columns/a')).headers['x-gongkai-cache']).toBeUndefined()
    expect((await get('/columns/b')).headers['x-gongkai-cache']).toBe('HIT')
  })

  it('answers 304 to a client that holds the cached page', async () => {
    await get('/columns/a')
    // Next.js sends its own ETag with the first answer; the stand-in does not, the cache adds one.
    const etag = String((await get('/columns/a')).headers.etag)
    expect(etag).toMatch(/^"/)
    const again = await get('/columns/a', { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    expect((await get('/columns/a', { 'if-none-match': '"other"' })).status).toBe(200)
  })
})
