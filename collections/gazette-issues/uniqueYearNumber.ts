import type { CollectionBeforeChangeHook } from 'payload'

import { fieldError } from './validationError'

/** (year, number) is unique: 2026年第3期 exists once. A compound unique index backs this up. */
export const uniqueYearNumber: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const year = data.year ?? originalDoc?.year
  const number = data.number ?? originalDoc?.number
  const clash = await req.payload.find({
    collection: 'gazette-issues',
    where: {
      and: [
        { year: { equals: year } },
        { number: { equals: number } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (clash.totalDocs) {
    throw fieldError(req, 'number', {
      zh: `${year}年第${number}期已存在`,
      en: `number: issue ${number} of ${year} already exists`,
    })
  }
  return data
}
