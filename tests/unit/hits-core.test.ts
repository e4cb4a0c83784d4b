import { describe, expect, it } from '@jest/globals'

import { createClientKeyer } from '../../plugins/hit-counter/lib/clientKey'
import { addDaysToDay, createDayClock, dayNumberOf, daysBetween, parseIsoDay } from '../../plugins/hit-counter/lib/day'
import { createDedupeWindow } from '../../plugins/hit-counter/lib/dedupe'
import { createWindowLimiter } from '../../plugins/hit-counter/lib/limiter'
import { parseHitBody } from '../../plugins/hit-counter/lib/parseHitBody'

describe('daily buckets follow the site calendar (Asia/Shanghai), not UTC dates', () => {
  it('puts 16:30 UTC on 14 March into the bucket of 15 March', () => {
    expect(dayNumberOf(new Date('2026-03-14T16:30:00Z'), 'Asia/Shanghai')).toBe(20260315)
    expect(dayNumberOf(new Date('2026-03-14T15:59:59Z'), 'Asia/Shanghai')).toBe(20260314)
  })

  it('switches the current day exactly at local midnight', () => {
    let now = Date.parse('2026-12-31T15:59:59.500Z')
    const clock = createDayClock('Asia/Shanghai', () => now)
    expect(clock.today()).toBe(20261231)
    now += 499
    expect(clock.today()).toBe(20261231)
    now += 1
    expect(clock.today()).toBe(20270101)
  })

  it('parses only real calendar dates and does day arithmetic', () => {
    expect(parseIsoDay('2028-02-29')).toBe(20280229)
    expect(parseIsoDay('2026-02-29')).toBeNull()
    expect(parseIsoDay('2026-3-1')).toBeNull()
    expect(addDaysToDay(20260301, -1)).toBe(20260228)
    expect(daysBetween(20260301, 20260331)).toBe(31)
  })
})

describe('client key', () => {
  it('is a keyed hash that changes every day and never contains the address', () => {
    const key = createClientKeyer('secret')
    const a = key('203.0.113.5', 20260315)
    expect(a).not.toContain('203.0.113.5')
    expect(key('203.0.113.5', 20260315)).toBe(a)
    expect(key('203.0.113.6', 20260315)).not.toBe(a)
    expect(key('203.0.113.5', 20260316)).not.toBe(a)
    expect(createClientKeyer('other secret')('203.0.113.5', 20260315)).not.toBe(a)
  })
})

describe('dedupe window', () => {
  it('counts a page once per client within the window, again after it', () => {
    let now = 0
    const window = createDedupeWindow(30 * 60_000, { maxEntries: 1000 }, () => now)
    expect(window.firstView('k|c:1')).toBe(true)
    now += 29 * 60_000
    expect(window.firstView('k|c:1')).toBe(false)
    expect(window.firstView('k|c:2')).toBe(true)
    now += 60_001
    expect(window.firstView('k|c:1')).toBe(true)
    expect(window.size).toBe(2)
  })

  it('counts a few user agents of one address, then no more however many it invents', () => {
    const window = createDedupeWindow(60_000, { agentsPerAddress: 3 }, () => 0)
    const counted = Array.from({ length: 1000 }, (_, i) => window.firstView('k|c:1', `ua${i}`)).filter(Boolean)
    expect(counted).toHaveLength(3)
    expect(window.firstView('k|c:1', 'ua0')).toBe(false)
  })

  it('stays within its memory bound', () => {
    const window = createDedupeWindow(60_000, { maxEntries: 100 }, () => 0)
    for (let i = 0; i < 1000; i++) window.firstView(`k${i}`)
    expect(window.size).toBeLessThanOrEqual(100)
  })
})

describe('window limiter', () => {
  it('grants the points per window, then refuses until the window ends', () => {
    let now = 0
    const limiter = createWindowLimiter(3, 1000, 10, () => now)
    expect([1, 2, 3, 4].map(() => limiter.consume('a'))).toEqual([true, true, true, false])
    expect(limiter.consume('b')).toBe(true)
    now = 1000
    expect(limiter.consume('a')).toBe(true)
  })

  it('keeps at most maxKeys keys under a flood of new ones', () => {
    const limiter = createWindowLimiter(3, 60_000, 50, () => 0)
    for (let i = 0; i < 10_000; i++) limiter.consume(`k${i}`)
    expect(limiter.size).toBeLessThanOrEqual(50)
  })
})

describe('hit body', () => {
  it('accepts the two documented shapes', () => {
    expect(parseHitBody('{"column":"zwgk/tzgg"}')).toEqual({ ok: true, body: { column: 'zwgk/tzgg' } })
    expect(parseHitBody('{"item":12,"collection":"notices"}')).toEqual({
      ok: true,
      body: { item: 12, collection: 'notices' },
    })
  })

  it.each([
    '',
    'null',
    '[]',
    '"x"',
    '{"column":-1}',
    '{"column":1.5}',
    '{"column":""}',
    '{"item":1}',
    '{"column":1,"x":2}',
  ])('refuses %s', (raw) => {
    expect(parseHitBody(raw)).toMatchObject({ ok: false, status: 400 })
  })
})
