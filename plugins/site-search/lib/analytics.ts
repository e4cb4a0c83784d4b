import type { CollectionSlug, Payload } from 'payload'

import { fold } from './fold'

/**
 * Counts queries in memory and adds them to the statistics collection every few seconds with
 * atomic increments (one row per day and query), so a search costs no write of its own.
 */
type Pending = { day: string; query: string; count: number; zeroResults: number }

const buffers = new WeakMap<Payload, Map<string, Pending>>()
const timers = new WeakMap<Payload, NodeJS.Timeout>()
const settings = new WeakMap<Payload, { slug: string; timeZone: string }>()

/** Digit runs long enough to be a phone or id number are not kept. */
export const anonymiseQuery = (q: string) =>
  fold(q)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\d{7,}/g, '#')

export function startQueryStats(payload: Payload, slug: string, timeZone: string, intervalMs: number) {
  settings.set(payload, { slug, timeZone })
  const timer = setInterval(() => {
    void flushQueryStats(payload).catch((error) =>
      payload.logger.error({ err: error, msg: 'site-search: query statistics not saved' }),
    )
  }, intervalMs)
  timer.unref()
  timers.set(payload, timer)
}

export function stopQueryStats(payload: Payload) {
  const timer = timers.get(payload)
  if (timer) clearInterval(timer)
}

export function recordQuery(payload: Payload, q: string, found: number) {
  const config = settings.get(payload)
  if (!config) return
  const query = anonymiseQuery(q).slice(0, 50)
  if (!query) return
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: config.timeZone }).format(new Date())
  const key = `${day}|${query}`
  let buffer = buffers.get(payload)
  if (!buffer) buffers.set(payload, (buffer = new Map()))
  const pending = buffer.get(key) ?? { day, query, count: 0, zeroResults: 0 }
  pending.count += 1
  if (found === 0) pending.zeroResults += 1
  buffer.set(key, pending)
}

export async function flushQueryStats(payload: Payload): Promise<void> {
  const config = settings.get(payload)
  const buffer = buffers.get(payload)
  if (!config || !buffer?.size) return
  const entries = [...buffer]
  buffer.clear()
  const collection = config.slug as CollectionSlug
  for (const [key, pending] of entries) {
    const increment = async () => {
      const existing = (await payload.db.findOne({ collection, where: { key: { equals: key } } })) as {
        id: number | string
      } | null
      if (!existing) return false
      await payload.db.updateOne({
        collection,
        id: existing.id,
        data: { count: { $inc: pending.count }, zeroResults: { $inc: pending.zeroResults } },
      })
      return true
    }
    try {
      if (await increment()) continue
      try {
        await payload.db.create({ collection, data: { key, ...pending } })
      } catch {
        // Another instance created the row first: add to it.
        await increment()
      }
    } catch (error) {
      const back = buffer.get(key)
      if (back) {
        back.count += pending.count
        back.zeroResults += pending.zeroResults
      } else buffer.set(key, pending)
      throw error
    }
  }
}
