import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../shared/access'
import { letterCountersSlug } from '../lib/letterNumber'
import { text } from '../translations'

/** One row per year: the last letter number given out (see lib/letterNumber.ts). */
export const letterCounters: CollectionConfig = {
  slug: letterCountersSlug,
  labels: {
    singular: text('countersLetterCounter'),
    plural: text('countersLetterCounters'),
  },
  admin: { hidden: true },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'year', type: 'number', required: true, unique: true, index: true },
    { name: 'last', type: 'number', required: true, defaultValue: 0 },
  ],
}
