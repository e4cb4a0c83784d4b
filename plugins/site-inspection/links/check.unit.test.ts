import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { checkLinks, isReported, nextState, type LinkState } from './check'

/** Loopback servers: 200, 404, 500, a redirect loop, a long chain, a timeout. */
let server: http.Server
let origin: string
const seen: { path: string; at: number }[] = []
let inFlight = 0
let maxInFlight = 0

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? '', at: Date.now() })
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    const done = () => inFlight--
    res.on('close', done)
    const url = req.url ?? '/'
    if (url === '/ok') return void setTimeout(() => res.end('ok'), 30)
    if (url === '/missing') return void res.writeHead(404).end()
    if (url === '/broken') return void res.writeHead(500).end()
    if (url === '/loop-a') return void res.writeHead(302, { location: '/loop-b' }).end()
    if (url === '/loop-b') return void res.writeHead(302, { location: '/loop-a' }).end()
    if (url === '/moved') return void res.writeHead(301, { location: '/ok' }).end()
    const chain = /^\/chain\/(\d+)$/.exec(url)
    if (chain) return void res.writeHead(302, { location: `/chain/${Number(chain[1]) + 1}` }).end()
    if (url === '/slow') return // never answers
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('the link checker', () => {
  it('tells 200, 404, 500, a redirect loop, too many redirects and a timeout apart', async () => {
    const results = await checkLinks(
      ['/ok', '/missing', '/broken', '/loop-a', '/chain/0', '/slow', '/moved'].map((p) => origin + p),
      { perHostIntervalMs: 0, timeoutMs: 400, maxRedirects: 3 },
    )
    const byPath = Object.fromEntries(results.map((r) => [new URL(r.url).pathname, r]))
    expect(byPath['/ok']).toMatchObject({ ok: true, status: 200 })
    expect(byPath['/moved']).toMatchObject({ ok: true, status: 200, redirects: 1 })
    expect(byPath['/missing']).toMatchObject({ ok: false, status: 404, error: 'HTTP 404' })
    expect(byPath['/broken']).toMatchObject({ ok: false, status: 500 })
    expect(byPath['/loop-a']).toMatchObject({ ok: false, error: 'redirect loop' })
    expect(byPath['/chain/0']).toMatchObject({ ok: false, error: 'more than 3 redirects' })
    expect(byPath['/slow']).toMatchObject({ ok: false, status: null, error: 'timeout after 400 ms' })
  })

  it('keeps to its concurrency and spaces requests to one host', async () => {
    seen.length = 0
    maxInFlight = 0
    await checkLinks(
      Array.from({ length: 6 }, (_, i) => `${origin}/ok?${i}`),
      { concurrency: 2, perHostIntervalMs: 100 },
    )
    expect(maxInFlight).toBeLessThanOrEqual(2)
    const times = seen.map((s) => s.at).sort((a, b) => a - b)
    // Six requests at least 100 ms apart span 500 ms (less a little connection jitter).
    expect(times[times.length - 1] - times[0]).toBeGreaterThanOrEqual(450)
  })

  it('reports a link only after it failed twice in a row', () => {
    const fail = { url: 'x', ok: false, status: 404, error: 'HTTP 404', redirects: 0 }
    const pass = { ...fail, ok: true, status: 200, error: null }
    let state: LinkState | undefined
    state = nextState(state, fail)
    expect(isReported(state)).toBe(false)
    state = nextState(state, pass)
    state = nextState(state, fail)
    expect(isReported(state)).toBe(false)
    state = nextState(state, fail)
    expect(isReported(state)).toBe(true)
    expect(state).toMatchObject({ failures: 2, lastStatus: 404 })
  })
})
