import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { fieldError } from '../lib/fieldError'

/** The total number (总第N期) the issue before this one (by year, then number) carries, if any. */
async function previousTotal(
  req: PayloadRequest,
  collection: string,
  year: number,
  number: number,
  ownId?: number | string,
) {
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where: {
      and: [
        {
          or: [{ year: { less_than: year } }, { and: [{ year: { equals: year } }, { number: { less_than: number } }] }],
        },
        ...(ownId ? [{ id: { not_equals: ownId } }] : []),
      ],
    },
    sort: ['-year', '-number'],
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs[0] as { totalNumber?: number | null } | undefined)?.totalNumber ?? null
}

/**
 * 总第N期 follows the previous issue: left empty, it is filled in; a different value is an
 * editor's override and needs a reason (`totalNumberReason`). The very first issue on record
 * may start anywhere (a gazette that began before the site).
 */
export const followTotalNumber: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const slug = collection.slug
  const year = Number(data.year ?? originalDoc?.year)
  const number = Number(data.number ?? originalDoc?.number)
  const sent = data.totalNumber ?? null
  const unchanged = originalDoc && sent !== null && sent === originalDoc.totalNumber
  if (unchanged) return data
  const previous = await previousTotal(req, slug, year, number, originalDoc?.id)
  const expected = previous === null ? null : previous + 1
  if (sent === null) {
    data.totalNumber = expected ?? 1
    return data
  }
  const reason = String(data.totalNumberReason ?? originalDoc?.totalNumberReason ?? '').trim()
  if (expected !== null && sent !== expected && !reason) {
    throw fieldError(req, slug, 'totalNumberReason', {
      zh: `总期号应为${expected}（上一期为总第${previous}期）；如需改为${sent}，请填写调整原因`,
      en: `totalNumber should be ${expected} (the previous issue is ${previous}); give a reason to use ${sent}`,
    })
  }
  return data
}
