import type { PayloadRequest } from 'payload'

import { localDay } from '../../shared/calendar/workingDays'
import { incrementCounter } from '../../shared/db/incrementCounter'

export const letterCountersSlug = 'letter-counters'

/**
 * The next letter number of the year (`2026-000123`). The counter is one row per year incremented
 * with `payload.db.updateOne({ $inc })`, which every adapter turns into a single atomic statement
 * (UPDATE … SET n = n + 1 RETURNING on SQL), so concurrent letters never share a number.
 */
export async function nextLetterNumber(req: PayloadRequest, receivedAt: Date, timeZone: string): Promise<string> {
  const year = Number(localDay(receivedAt, timeZone).slice(0, 4))
  const counterId = await counterFor(req, year)
  const last = await incrementCounter(req, { collection: letterCountersSlug, id: counterId, field: 'last' })
  return `${year}-${String(last).padStart(6, '0')}`
}

async function counterFor(req: PayloadRequest, year: number): Promise<number | string> {
  const find = async () => {
    const { docs } = await req.payload.find({
      collection: letterCountersSlug,
      where: { year: { equals: year } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return docs[0]?.id
  }
  const existing = await find()
  if (existing !== undefined) return existing
  try {
    const created = await req.payload.create({
      collection: letterCountersSlug,
      data: { year, last: 0 },
      overrideAccess: true,
      req,
    })
    return created.id
  } catch (error) {
    // Another request created the year's row first (unique `year`): use that one.
    const raced = await find()
    if (raced !== undefined) return raced
    throw error
  }
}
