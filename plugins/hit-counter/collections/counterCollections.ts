import type { CollectionConfig, Field } from 'payload'

import { label, text } from '../translations'
import { hitSlugs, type ResolvedHitCounterOptions } from '../types'

const group = text('group')

/**
 * The counters live in their own collections, written only by the flush through
 * `payload.db` atomic increments. Nobody writes them through the API.
 */
function counterCollection(
  slug: string,
  labels: { singular: { zh: string; en: string }; plural: { zh: string; en: string } },
  fields: Field[],
  options: ResolvedHitCounterOptions,
  countLabel = label('hits'),
): CollectionConfig {
  const canRead = ({ req }: { req: Parameters<ResolvedHitCounterOptions['analyticsAccess']>[0] }) =>
    options.analyticsAccess(req)
  return {
    slug,
    labels,
    admin: { group, useAsTitle: 'key', defaultColumns: ['key', 'hits'], hidden: ({ user }) => !user },
    access: { read: canRead, create: () => false, update: () => false, delete: () => false },
    fields: [
      {
        // Unique bucket name: two instances creating the same bucket race on this index,
        // and the loser increments the winner's row instead.
        name: 'key',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        admin: { readOnly: true },
      },
      ...fields,
      { name: 'hits', type: 'number', required: true, defaultValue: 0, label: countLabel },
    ],
  }
}

const dayField: Field = {
  // YYYYMMDD in the site's time zone, a number so date ranges are plain comparisons.
  name: 'day',
  type: 'number',
  required: true,
  index: true,
  label: label('day'),
  admin: { description: label('dayDescription') },
}

export function counterCollections(options: ResolvedHitCounterOptions): CollectionConfig[] {
  const column: Field = {
    name: 'column',
    type: 'relationship',
    relationTo: options.columns.slug,
    index: true,
    label: label('column'),
  }
  const item: Field[] = [
    { name: 'itemCollection', type: 'text', index: true, label: label('itemCollection') },
    { name: 'item', type: 'text', index: true, label: label('item') },
  ]
  return [
    counterCollection(
      hitSlugs.columnDays,
      { singular: text('columnDays'), plural: text('columnDays') },
      [{ ...column, required: true }, dayField],
      options,
    ),
    counterCollection(
      hitSlugs.itemDays,
      { singular: text('itemDays'), plural: text('itemDays') },
      [...item, column, dayField],
      options,
    ),
    counterCollection(
      hitSlugs.totals,
      { singular: text('totals'), plural: text('totals') },
      [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: [
            { value: 'column', label: label('kind-column') },
            { value: 'item', label: label('kind-item') },
          ],
        },
        column,
        ...item,
      ],
      options,
    ),
    counterCollection(
      hitSlugs.visitorDays,
      { singular: text('visitorDays'), plural: text('visitorDays') },
      [dayField],
      options,
      label('visitors'),
    ),
  ]
}
