import { Writable } from 'node:stream'

import { describe, expect, it } from '@jest/globals'
import { pino } from 'pino'

import { siteLogger } from '../../src/lib/logger'
import { settingsFromEnv } from '../../src/lib/settings'

/** Visitors' 4xx go to debug; faults stay at ERROR (pino levels: 20 debug, 50 error). */
describe('siteLogger', () => {
  it('logs a client error at debug and a fault at error', () => {
    const lines: { level: number; msg?: string }[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)))
        done()
      },
    })
    const settings = { ...settingsFromEnv({ NODE_ENV: 'test', PAYLOAD_SECRET: 'x' }), logLevel: 'debug' as const }
    const config = siteLogger(settings, true) as { options: Parameters<typeof pino>[0] }
    const logger = pino(config.options, sink)
    const notFound = Object.assign(new Error('未找到'), { name: 'id', status: 404 })
    const forbidden = Object.assign(new Error('forbidden'), { status: 403 })
    const fault = Object.assign(new Error('disk full'), { status: 500 })
    logger.error({ err: notFound, msg: '未找到' })
    logger.error({ err: forbidden }, 'forbidden')
    logger.error({ err: fault, msg: 'disk full' })
    logger.error('plain message')
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      [20, '未找到'],
      [20, 'forbidden'],
      [50, 'disk full'],
      [50, 'plain message'],
    ])
  })
})
