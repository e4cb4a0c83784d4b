import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { fieldError } from '../lib/fieldError'

/** (year, number) is unique: 2026年第3期 exists once. A compound unique index backs this up. */
export const uniqueYearNumber: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const slug = collection.slug
  const year = data.year ?? originalDoc?.year
  const number = data.number ?? originalDoc?.number
  const clash = await req.payload.find({
    collection: slug as CollectionSlug,
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
    throw fieldError(req, slug, 'number', {
      zh: `${year}年第${number}期已存在`,
      en: `number: issue ${number} of ${year} already exists`,
    })
  }
  return data
}
