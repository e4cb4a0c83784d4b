import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { label, text } from '../lib/labels'

export const indexNumberCounterFields = (): Field[] => [
  { name: 'key', type: 'text', required: true, unique: true, index: true, label: label('countersKey') },
  { name: 'value', type: 'number', required: true, defaultValue: 0, label: label('countersValue') },
]

/**
 * One row per department and year holding the last index-number sequence handed out.
 * Internal: only the index-number hook touches it, through `payload.db` (no API access).
 */
export function indexNumberCountersCollection({ slug, fields }: { slug: string; fields: Field[] }): CollectionConfig {
  return {
    slug: slug as CollectionSlug,
    labels: { singular: text('countersSingular'), plural: text('countersPlural') },
    admin: { hidden: true, group: text('groupSystem') },
    access: { read: () => false, create: () => false, update: () => false, delete: () => false },
    lockDocuments: false,
    graphQL: false,
    fields,
  }
}
