import type { Payload } from 'payload'
import { isbot } from 'isbot'

import { addressGroup } from '../../shared/http/clientAddress'
import type { HitOutcome, ResolvedHitCounterOptions, ValidHit } from '../types'
import { createClientKeyer } from './clientKey'
import { createDayClock } from './day'
import { createDedupeWindow } from './dedupe'
import { createHitBuffer } from './hitBuffer'
import { createWindowLimiter } from './limiter'
import { parseHitBody } from './parseHitBody'
import { createDailyVisitors, sharedVisitors } from './visitors'
import { createPublicIds } from './publicIds'
import { processGlobal } from '../../shared/lifecycle/processGlobal'

/** One hit request as both ingest paths (Payload endpoint, fast listener) see it. */
export type HitRequest = {
  body: string
  ip: string
  userAgent: string
}

const refused = (status: 400 | 404 | 413 | 415 | 429 | 503, zh: string, en: string): HitOutcome => ({
  status,
  error: { zh, en },
})

/**
 * Everything a running Payload instance needs to count hits: validation cache, client keys,
 * dedupe window, rate limiter, and the buffer with its flush timer.
 */
export function createHitRuntime(payload: Payload, options: ResolvedHitCounterOptions, timeZone: string) {
  const buffer = createHitBuffer(payload, sharedVisitors(payload))
  const publicIds = createPublicIds(payload, options)
  const clock = createDayClock(timeZone)
  const clientKey = createClientKeyer(payload.secret)
  const dedupe = createDedupeWindow(options.dedupeWindowMinutes * 60_000, {
    maxEntries: options.memory.maxDedupeEntries,
    agentsPerAddress: options.agentsPerAddress,
  })
  const limiter = options.rateLimit
    ? createWindowLimiter(
        options.rateLimit.points,
        options.rateLimit.durationSeconds * 1000,
        options.memory.maxRateLimitKeys,
      )
    : null
  const visitors = createDailyVisitors(options.memory.maxDedupeEntries)
  const itemSlugs = new Set(options.items.map((item) => item.slug as string))
  // isbot's pattern is long; real traffic has few distinct user agents, so remember answers.
  const botAnswers = new Map<string, boolean>()
  const isBot = (userAgent: string) => {
    let answer = botAnswers.get(userAgent)
    if (answer === undefined) {
      answer = !userAgent || isbot(userAgent)
      if (botAnswers.size >= 10_000) botAnswers.clear()
      botAnswers.set(userAgent, answer)
    }
    return answer
  }
  let stopped = false

  const flushTimer = setInterval(() => {
    buffer.flush().catch((error) => payload.logger.error({ err: error, msg: 'hit counter: flush failed, will retry' }))
  }, options.flushIntervalMs)
  flushTimer.unref()
  const refreshTimer = setInterval(() => {
    publicIds.refresh().catch((error) => payload.logger.error({ err: error, msg: 'hit counter: id refresh failed' }))
  }, options.refreshIntervalMs)
  refreshTimer.unref()

  async function ingest(request: HitRequest): Promise<HitOutcome> {
    if (stopped) return refused(503, '服务正在停止', 'The server is shutting down')
    if (Buffer.byteLength(request.body) > options.maxBodyBytes) {
      return refused(413, `请求体超过 ${options.maxBodyBytes} 字节`, `The body exceeds ${options.maxBodyBytes} bytes`)
    }
    const parsed = parseHitBody(request.body)
    if (!parsed.ok) return { status: parsed.status, error: parsed.error }
    const day = clock.today()
    // Limits and dedupe key on the address alone (an IPv6 subscriber's /64): a user agent is
    // whatever the client says it is.
    const client = clientKey(addressGroup(request.ip), day)
    if (limiter && !limiter.consume(client)) return refused(429, '请求过于频繁', 'Too many requests')
    let hit: ValidHit
    let page: string
    if ('column' in parsed.body) {
      const columnId = await publicIds.column(parsed.body.column)
      if (columnId === null) return refused(404, '栏目不存在', 'No such column')
      hit = { columnId }
      page = `c:${columnId}`
    } else {
      const { collection, item } = parsed.body
      if (!itemSlugs.has(collection))
        return refused(400, `不统计 ${collection} 的点击`, `Hits are not counted for ${collection}`)
      const columnId = await publicIds.itemColumn(collection, item)
      if (columnId === null) return refused(404, '内容不存在或未公开', 'No such published item')
      hit = { columnId, item: { collection, id: String(item) } }
      page = `i:${collection}:${item}`
    }
    if (isBot(request.userAgent)) return { status: 200, counted: false, reason: 'bot' }
    // A visitor is an address (its /64 for IPv6) with a user agent, under the day's key.
    const visitor = clientKey(`${addressGroup(request.ip)}|${request.userAgent}`, day, 16)
    if (visitors.firstToday(visitor, day)) buffer.recordVisitor(day, visitor)
    if (!dedupe.firstView(`${client}|${page}`, clientKey(request.userAgent, day, 8)))
      return { status: 200, counted: false, reason: 'repeat' }
    buffer.record(hit, day)
    return { status: 202, counted: true }
  }

  return {
    ingest,
    buffer,
    publicIds,
    flush: () => buffer.flush(),
    /** Entries held for dedupe and rate limits (both bounded by `options.memory`). */
    memory: () => ({ dedupeEntries: dedupe.size, rateLimitKeys: limiter?.size ?? 0, visitorKeys: visitors.size }),
    get stopped() {
      return stopped
    },
    /** Final flush: stop accepting, stop the timers, write what is left. */
    async stop() {
      stopped = true
      clearInterval(flushTimer)
      clearInterval(refreshTimer)
      await buffer.flush()
    },
  }
}

export type HitRuntime = ReturnType<typeof createHitRuntime>

const registry = processGlobal('hit-counter.runtimes', () => new WeakMap<Payload, HitRuntime>())

export const registerHitRuntime = (payload: Payload, runtime: HitRuntime) => registry.set(payload, runtime)

/** The hit counter of a Payload instance (after its `onInit`), or undefined. */
export const getHitRuntime = (payload: Payload): HitRuntime | undefined => registry.get(payload)

/** Writes buffered hits now (tests, scripts). */
export async function flushHits(payload: Payload): Promise<void> {
  await getHitRuntime(payload)?.flush()
}
