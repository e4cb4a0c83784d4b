import type { CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

import { isAdmin } from '../../shared/access'
import { incrementCounter } from '../../shared/db/incrementCounter'

/** Prefix of a request number: 依申请 (YSQ), as offices write it on the receipt. */
export const requestNumberPrefix = 'YSQ'
export const requestNumberPattern = /^YSQ-\d{4}-\d{6}$/

/** One row per year: the last request number given out. */
export const requestCountersCollection = (slug: string): CollectionConfig => ({
  slug,
  labels: {
    singular: { zh: '依申请编号计数', en: 'Request number counter' },
    plural: { zh: '依申请编号计数', en: 'Request number counters' },
  },
  admin: { hidden: true },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'year', type: 'number', required: true, unique: true, index: true },
    { name: 'last', type: 'number', required: true, defaultValue: 0 },
  ],
})

/**
 * The next number of the year of receipt (`YSQ-2026-000123`): an atomic `$inc` on the year's
 * counter row, as the letters' numbers, so concurrent requests never share one.
 */
export async function nextRequestNumber(req: PayloadRequest, slug: string, year: number): Promise<string> {
  const countersSlug = slug as CollectionSlug
  const find = async () =>
    (
      await req.payload.find({
        collection: countersSlug,
        where: { year: { equals: year } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
    ).docs[0]?.id
  let id = await find()
  if (id === undefined) {
    try {
      id = (await req.payload.create({ collection: countersSlug, data: { year, last: 0 }, overrideAccess: true, req }))
        .id
    } catch (error) {
      // Another request created the year's row first (unique `year`).
      id = await find()
      if (id === undefined) throw error
    }
  }
  const last = await incrementCounter(req, { collection: countersSlug, id, field: 'last' })
  return `${requestNumberPrefix}-${year}-${String(last).padStart(6, '0')}`
}
