import type { CollectionSlug, Payload } from 'payload'

import { hitSlugs, type ValidHit } from '../types'
import type { DayNumber } from './day'

type Bucket = {
  collection: CollectionSlug
  /** Fields of a new bucket document (without `hits`). */
  data: Record<string, unknown>
  count: number
}

const isUniqueViolation = (error: unknown): boolean => {
  const text = `${(error as { message?: string })?.message ?? ''} ${(error as { cause?: { message?: string; code?: string } })?.cause?.message ?? ''} ${(error as { cause?: { code?: string } })?.cause?.code ?? ''} ${(error as { code?: string })?.code ?? ''}`
  return /unique|duplicate|23505|SQLITE_CONSTRAINT|E11000|already/i.test(text)
}

/**
 * Hits waiting to be written, summed per bucket (column-day, item-day, and their running
 * totals). A flush turns thousands of hits into a handful of atomic `$inc` statements.
 */
export function createHitBuffer(
  payload: Payload,
  /** True when no instance has counted this visitor today (lib/visitors.ts). */
  isNewVisitor: (day: DayNumber, pseudonym: string) => Promise<boolean> = async () => true,
) {
  let pending = new Map<string, Bucket>()
  /** Visitors new to this instance today, confirmed against the other instances at the flush. */
  let candidates: [DayNumber, string][] = []
  /** Bucket key → document id, so later flushes are one UPDATE each. */
  const ids = new Map<string, number | string>()
  let flushing: Promise<void> | null = null
  let accepted = 0
  /** Hits whose column-day increment is in the database (each hit has exactly one). */
  let written = 0

  const add = (key: string, collection: CollectionSlug, data: Record<string, unknown>, count: number) => {
    const bucket = pending.get(key)
    if (bucket) bucket.count += count
    else pending.set(key, { collection, data, count })
  }

  function record(hit: ValidHit, day: DayNumber, count = 1) {
    accepted += count
    const column = hit.columnId
    add(`c:${column}:${day}`, hitSlugs.columnDays, { column, day }, count)
    add(`c:${column}`, hitSlugs.totals, { kind: 'column', column }, count)
    if (hit.item) {
      const { collection, id } = hit.item
      const item = { itemCollection: collection, item: id, column }
      add(`i:${collection}:${id}:${day}`, hitSlugs.itemDays, { ...item, day }, count)
      add(`i:${collection}:${id}`, hitSlugs.totals, { kind: 'item', ...item }, count)
    }
  }

  /** A visitor this instance has not seen today; counted at the flush unless another instance has. */
  function recordVisitor(day: DayNumber, pseudonym: string) {
    candidates.push([day, pseudonym])
  }

  async function confirmVisitors() {
    const batch = candidates
    candidates = []
    for (let start = 0; start < batch.length; start += 20) {
      const part = batch.slice(start, start + 20)
      const fresh = await Promise.all(
        part.map(([day, pseudonym]) =>
          // A failed check counts the visitor: one instance's count, as before the shared store.
          isNewVisitor(day, pseudonym).catch(() => true),
        ),
      )
      part.forEach(([day], index) => {
        if (fresh[index]) add(`v:${day}`, hitSlugs.visitorDays, { day }, 1)
      })
    }
  }

  /** Adds `count` to one bucket: increment, or create it; a lost creation race increments. */
  async function write(key: string, bucket: Bucket) {
    const increment = { hits: { $inc: bucket.count } }
    const known = ids.get(key)
    if (known !== undefined) {
      const updated = await payload.db.updateOne({ collection: bucket.collection, id: known, data: increment })
      if (updated) return
      ids.delete(key) // the bucket was deleted (seed reset): create it again below
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      // `atomic`: one UPDATE … WHERE key = ? on the SQL adapters; MongoDB's update is atomic anyway.
      const updated = await payload.db.updateOne({
        collection: bucket.collection,
        where: { key: { equals: key } },
        data: increment,
        options: { atomic: true },
      } as Parameters<Payload['db']['updateOne']>[0])
      if (updated) {
        ids.set(key, (updated as unknown as { id: number | string }).id)
        return
      }
      try {
        const created = await payload.db.create({
          collection: bucket.collection,
          data: { key, ...bucket.data, hits: bucket.count },
        })
        ids.set(key, (created as { id: number | string }).id)
        return
      } catch (error) {
        if (!isUniqueViolation(error)) throw error
        // Another instance created the bucket first: loop and increment it.
      }
    }
    throw new Error(`hit bucket ${key}: could not create or increment`)
  }

  async function flushOnce() {
    if (candidates.length) await confirmVisitors()
    if (!pending.size) return
    const batch = pending
    pending = new Map()
    const failed: [string, Bucket][] = []
    let firstError: unknown
    for (const [key, bucket] of batch) {
      try {
        await write(key, bucket)
      } catch (error) {
        failed.push([key, bucket])
        firstError ??= error
      }
    }
    for (const [key, bucket] of batch) {
      if (bucket.collection === hitSlugs.columnDays && !failed.some(([failedKey]) => failedKey === key))
        written += bucket.count
    }
    if (failed.length) {
      // Put them back: the next flush tries again, so a database hiccup loses nothing.
      for (const [key, bucket] of failed) add(key, bucket.collection, bucket.data, bucket.count)
      throw firstError
    }
  }

  return {
    record,
    recordVisitor,
    /** Writes everything buffered; concurrent callers share one flush and then run another. */
    async flush(): Promise<void> {
      while (flushing) await flushing
      flushing = flushOnce().finally(() => (flushing = null))
      await flushing
    },
    get pendingBuckets() {
      return pending.size
    },
    /** Hits recorded since start (counted ones only). */
    get accepted() {
      return accepted
    },
    get written() {
      return written
    },
  }
}

export type HitBuffer = ReturnType<typeof createHitBuffer>
