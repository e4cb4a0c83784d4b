import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../shared/access'
import { letterCountersSlug } from '../lib/letterNumber'

/** One row per year: the last letter number given out (see lib/letterNumber.ts). */
export const letterCounters: CollectionConfig = {
  slug: letterCountersSlug,
  labels: {
    singular: { zh: '来信编号计数器', en: 'Letter counter' },
    plural: { zh: '来信编号计数器', en: 'Letter counters' },
  },
  admin: { hidden: true },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'year', type: 'number', required: true, unique: true, index: true },
    { name: 'last', type: 'number', required: true, defaultValue: 0 },
  ],
}
