import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { publicPageCacheControl, withCachingHeaders } from '../../src/server/httpCaching.mjs'
import { PageCache, servePage } from '../../src/server/pageCache.mjs'
import { nginxConfigFile, renderSiteConfig } from '../helpers/nginx'

/**
 * The caching headers server.mjs gives answers for nginx or a CDN, over real HTTP in front of
 * a stand-in for Next.js that marks its pages the way Next.js marks ISR pages.
 */
let server: http.Server
let base: string
const cache = new PageCache()

beforeAll(async () => {
  const policy = { pageCacheControl: publicPageCacheControl({}) }
  server = http.createServer((request, response) => {
    withCachingHeaders(request, response, policy)
    void servePage(cache, request, response, (req, res) => {
      const path = (req.url ?? '/').split('?')[0]
      res.setHeader('content-type', 'text/html; charset=utf-8')
      if (path.startsWith('/_next/static/')) res.setHeader('cache-control', 'public, max-age=31536000, immutable')
      else if (path === '/search')
        res.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate')
      else {
        res.setHeader('cache-control', 's-maxage=300, stale-while-revalidate=31535700')
        res.setHeader('x-nextjs-cache', 'HIT')
        res.setHeader('vary', 'rsc, Accept-Encoding')
      }
      res.end(`page ${path}`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const headersOf = async (path: string, headers: Record<string, string> = {}) => {
  // The stand-in does not compress: ask for what it sends, so the page cache keeps it.
  const response = await fetch(base + path, { headers: { 'accept-encoding': 'identity', ...headers } })
  await response.arrayBuffer()
  return { status: response.status, get: (name: string) => response.headers.get(name) }
}

describe('caching headers for shared caches', () => {
  it('gives a public page a few seconds in a shared cache, validators and Vary, stable across replays', async () => {
    const first = await headersOf('/columns/a')
    expect(first.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=2, stale-while-revalidate=1, stale-if-error=86400',
    )
    expect(first.get('vary')).toBe('rsc, Accept-Encoding, Cookie')
    expect(first.get('last-modified')).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const replayed = await headersOf('/columns/a')
    expect(replayed.get('x-gongkai-cache')).toBe('HIT')
    expect(replayed.get('cache-control')).toBe(first.get('cache-control'))
    expect(replayed.get('last-modified')).toBe(first.get('last-modified'))
    // The 304 nginx gets when it revalidates carries the lifetime of the refreshed copy.
    const revalidated = await headersOf('/columns/a', { 'if-none-match': replayed.get('etag')! })
    expect(revalidated.status).toBe(304)
    expect(revalidated.get('cache-control')).toMatch(/s-maxage=2/)
  })

  it('marks signed-in, draft-mode, admin and preview answers private, no-store', async () => {
    for (const [path, headers] of [
      ['/columns/a', { cookie: 'payload-token=x' }],
      ['/columns/a', { cookie: '__prerender_bypass=x' }],
      ['/columns/a', { authorization: 'JWT x' }],
      ['/admin/collections/notices', {}],
      ['/preview', {}],
    ] as const) {
      expect(`${path} ${(await headersOf(path, headers)).get('cache-control')}`).toBe(`${path} private, no-store`)
    }
  })

  it('leaves static assets and dynamic pages as Next.js marks them', async () => {
    expect((await headersOf('/_next/static/chunks/a.js')).get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    )
    expect((await headersOf('/search')).get('cache-control')).toMatch(/^private, no-cache, no-store/)
  })

  it('reads its lifetimes from the environment and ignores bad values', () => {
    expect(publicPageCacheControl({ PAGE_SHARED_MAX_AGE: '5', PAGE_STALE_WHILE_REVALIDATE: 'x' })).toBe(
      'public, max-age=0, s-maxage=5, stale-while-revalidate=1, stale-if-error=86400',
    )
  })
})

describe('the nginx configuration for tests', () => {
  const source = fs.readFileSync(nginxConfigFile, 'utf8')

  it('points the production file at loopback ports and a temporary cache, changing nothing else', () => {
    const rendered = renderSiteConfig(source, { port: 8123, upstreams: [4001, 4002, 4003], cacheDir: '/tmp/c' })
    expect(rendered).toMatch(/proxy_cache_path \/tmp\/c levels=1:2 keys_zone=gongkai:20m max_size=256m/)
    expect(rendered.match(/server 127\.0\.0\.1:\d+ max_fails=1 fail_timeout=5s;/g)).toEqual([
      'server 127.0.0.1:4001 max_fails=1 fail_timeout=5s;',
      'server 127.0.0.1:4002 max_fails=1 fail_timeout=5s;',
      'server 127.0.0.1:4003 max_fails=1 fail_timeout=5s;',
    ])
    expect(rendered).toContain('listen 127.0.0.1:8123;')
    const unmarked = (text: string) => text.split('\n').filter((line) => !/# test:|server 127\.0\.0\.1:/.test(line))
    expect(unmarked(rendered)).toEqual(unmarked(source))
  })

  it("leaves pages to the instances' page cache by default, and caches them in nginx on request", () => {
    // The file as shipped: one of the two page caches (the instances'), not both.
    expect(source).toMatch(/^\s*proxy_cache off; # test: page-cache$/m)
    expect(renderSiteConfig(source, { port: 1, upstreams: [2], cacheDir: '/x' })).toMatch(
      /proxy_cache off; # test: page-cache/,
    )
    expect(renderSiteConfig(source, { port: 1, upstreams: [2], cacheDir: '/x', pageCache: true })).toMatch(
      /proxy_cache gongkai; # test: page-cache/,
    )
  })

  it('refuses a file whose test lines are gone', () => {
    expect(() =>
      renderSiteConfig(source.replace(/# test: listen/, ''), { port: 1, upstreams: [2], cacheDir: '/x' }),
    ).toThrow(/no line marked "# test: listen"/)
  })
})
