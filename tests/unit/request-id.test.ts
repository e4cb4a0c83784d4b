import type { IncomingMessage } from 'node:http'
import { Writable } from 'node:stream'

import { describe, expect, it } from '@jest/globals'
import { pino } from 'pino'

import { siteLogger } from '../../src/lib/logger'
import { settingsFromEnv } from '../../src/lib/settings'
import { siteBridge } from '../../src/server/bridge.mjs'
import { requestContext, requestIdOf, trustedPeer } from '../../src/server/requestId.mjs'

const request = (peer: string, id?: string) =>
  ({
    headers: id === undefined ? {} : { 'x-request-id': id },
    socket: { remoteAddress: peer },
  }) as unknown as IncomingMessage
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

describe('request ids (server.mjs)', () => {
  const trusted = trustedPeer(['127.0.0.1', '10.0.0.0/8', ' '])

  it("keeps a trusted proxy's X-Request-Id, also through a dual-stack socket", () => {
    expect(requestIdOf(request('127.0.0.1', 'a1b2c3d4e5f6'), trusted)).toBe('a1b2c3d4e5f6')
    expect(requestIdOf(request('::ffff:10.1.2.3', 'nginx-42'), trusted)).toBe('nginx-42')
  })

  it('replaces the header from anyone else, a malformed one, or none with a new UUID', () => {
    expect(requestIdOf(request('203.0.113.9', 'chosen-by-client'), trusted)).toMatch(uuid)
    expect(requestIdOf(request('127.0.0.1', 'two\nlines'), trusted)).toMatch(uuid)
    expect(requestIdOf(request('127.0.0.1', 'x'.repeat(129)), trusted)).toMatch(uuid)
    expect(requestIdOf(request('127.0.0.1'), trusted)).toMatch(uuid)
    expect(requestIdOf(request('127.0.0.1', 'kept'), trustedPeer([]))).toMatch(uuid)
    const [first, second] = [requestIdOf(request('127.0.0.1'), trusted), requestIdOf(request('127.0.0.1'), trusted)]
    expect(first).not.toBe(second)
  })

  it("puts the request's id on the app's log lines inside the request and none outside", () => {
    const lines: { msg: string; reqId?: string }[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)))
        done()
      },
    })
    siteBridge().requestContext = requestContext
    const settings = { ...settingsFromEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x' }), logLevel: 'info' as const }
    const config = siteLogger(settings, false) as { options: Parameters<typeof pino>[0]; destination?: unknown }
    // Production writes JSON lines to stdout: no pretty destination.
    expect(config.destination).toBeUndefined()
    const logger = pino(config.options, sink)
    logger.info('outside')
    requestContext.run({ id: 'req-1' }, () => logger.info('inside'))
    expect(lines.map(({ msg, reqId }) => [msg, reqId])).toEqual([
      ['outside', undefined],
      ['inside', 'req-1'],
    ])
  })
})
