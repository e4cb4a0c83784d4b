import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug } from 'payload'

import { flushHits, getHitRuntime, hitSlugs } from '../../plugins/hit-counter'
import { hitTestConfig } from '../../plugins/hit-counter/testing/minimalConfig'
import { peerAddressHeader } from '../../plugins/shared/http/clientAddress'
import { startTestSite, type TestSite } from '../helpers/testPayload'

/**
 * Fake readers: one machine inventing a user agent and an X-Forwarded-For per request, and a
 * flood of real distinct addresses against small memory bounds. Requests go through Payload's
 * endpoint as server.mjs hands them on (the TCP peer in its header).
 */
const columnsSlug = 'columns' as CollectionSlug
const proxy = '10.0.0.2'
const limits = { points: 20, durationSeconds: 60 }
const bounds = { maxDedupeEntries: 500, maxRateLimitKeys: 300 }

let site: TestSite
let n = 0
const columnIds: (number | string)[] = []

const ua = (i: number) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0.${i} Safari/537.36`
const post = (column: number | string, headers: Record<string, string>) =>
  site.rest('POST', '/hits', { body: { column }, headers })

const total = async (column: number | string) => {
  await flushHits(site.payload)
  const { docs } = await site.payload.find({
    collection: hitSlugs.totals,
    where: { key: { equals: `c:${column}` } },
    overrideAccess: true,
  })
  return Number((docs[0] as { hits?: number } | undefined)?.hits ?? 0)
}

const newColumn = async () => {
  n += 1
  const doc = await site.payload.create({
    collection: columnsSlug,
    data: { name: `栏目${n}`, path: `spoof/c${n}` } as never,
  })
  columnIds.push(doc.id)
  await getHitRuntime(site.payload)!.publicIds.refresh()
  return doc.id
}

beforeAll(async () => {
  site = await startTestSite({
    config: (url) =>
      hitTestConfig(url, { rateLimit: limits, trustedProxies: [proxy], memory: bounds, flushIntervalMs: 60_000 }),
  })
}, 120_000)
afterAll(async () => site?.close())

describe('hit counts cannot be inflated by one machine', () => {
  it('counts a client that rotates its user agent a few times, not once per request', async () => {
    const column = await newColumn()
    const statuses: number[] = []
    for (let i = 0; i < 15; i++) {
      statuses.push((await post(column, { [peerAddressHeader]: '198.51.100.20', 'user-agent': ua(i) })).status)
    }
    expect(statuses.slice(0, 3)).toEqual([202, 202, 202])
    expect(statuses.slice(3).every((status) => status === 200)).toBe(true)
    expect(await total(column)).toBe(3)
  })

  it('ignores X-Forwarded-For and X-Real-IP from a client that is not a trusted proxy', async () => {
    const column = await newColumn()
    const statuses: number[] = []
    for (let i = 0; i < 25; i++) {
      const response = await post(column, {
        [peerAddressHeader]: '198.51.100.21',
        'user-agent': ua(1000 + i),
        'x-forwarded-for': `203.0.113.${i}`,
        'x-real-ip': `192.0.2.${i}`,
      })
      statuses.push(response.status)
    }
    // One address: three user agents count, and the rate limit holds at 20 whatever the headers say.
    expect(await total(column)).toBe(3)
    expect(statuses.slice(limits.points)).toEqual([429, 429, 429, 429, 429])
  })

  it('believes X-Forwarded-For from the trusted proxy, taking the entry it appended', async () => {
    const column = await newColumn()
    const headers = (i: number) => ({
      [peerAddressHeader]: proxy,
      'user-agent': ua(1),
      'x-forwarded-for': `1.1.1.1, 203.0.113.${100 + i}`,
    })
    for (let i = 0; i < 5; i++) expect((await post(column, headers(i))).status).toBe(202)
    // The forged left entry changes nothing: same appended address, same reader.
    expect((await post(column, { ...headers(0), 'x-forwarded-for': '9.9.9.9, 203.0.113.100' })).status).toBe(200)
    expect(await total(column)).toBe(5)
  })
})

describe('memory under a flood of readers', () => {
  it('stays within its bounds and still counts every distinct reader exactly once', async () => {
    const column = await newColumn()
    const readers = 3000
    let counted = 0
    for (let start = 0; start < readers; start += 250) {
      const batch = Array.from({ length: Math.min(250, readers - start) }, (_, k) => {
        const i = start + k
        return post(column, {
          [peerAddressHeader]: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
          'user-agent': ua(7),
        })
      })
      counted += (await Promise.all(batch)).filter((response) => response.status === 202).length
      const memory = getHitRuntime(site.payload)!.memory()
      expect(memory.dedupeEntries).toBeLessThanOrEqual(bounds.maxDedupeEntries)
      expect(memory.rateLimitKeys).toBeLessThanOrEqual(bounds.maxRateLimitKeys)
    }
    expect(counted).toBe(readers)
    expect(await total(column)).toBe(readers)
  }, 120_000)
})
