import type { CollectionConfig, Field } from 'payload'

import { hitSlugs, type ResolvedHitCounterOptions } from '../types'

const group = { zh: '统计', en: 'Statistics' }

/**
 * The counters live in their own collections, written only by the flush through
 * `payload.db` atomic increments. Nobody writes them through the API.
 */
function counterCollection(
  slug: string,
  labels: { singular: { zh: string; en: string }; plural: { zh: string; en: string } },
  fields: Field[],
  options: ResolvedHitCounterOptions,
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
      { name: 'hits', type: 'number', required: true, defaultValue: 0, label: { zh: '点击量', en: 'Hits' } },
    ],
  }
}

const dayField: Field = {
  // YYYYMMDD in the site's time zone, a number so date ranges are plain comparisons.
  name: 'day',
  type: 'number',
  required: true,
  index: true,
  label: { zh: '日期', en: 'Day' },
  admin: { description: { zh: '站点时区的日期，如 20260315', en: 'Date in the site time zone, e.g. 20260315' } },
}

export function counterCollections(options: ResolvedHitCounterOptions): CollectionConfig[] {
  const column: Field = {
    name: 'column',
    type: 'relationship',
    relationTo: options.columns.slug,
    index: true,
    label: { zh: '栏目', en: 'Column' },
  }
  const item: Field[] = [
    { name: 'itemCollection', type: 'text', index: true, label: { zh: '内容类型', en: 'Item collection' } },
    { name: 'item', type: 'text', index: true, label: { zh: '内容', en: 'Item' } },
  ]
  return [
    counterCollection(
      hitSlugs.columnDays,
      {
        singular: { zh: '栏目日点击', en: 'Column hits per day' },
        plural: { zh: '栏目日点击', en: 'Column hits per day' },
      },
      [{ ...column, required: true }, dayField],
      options,
    ),
    counterCollection(
      hitSlugs.itemDays,
      {
        singular: { zh: '内容日点击', en: 'Item hits per day' },
        plural: { zh: '内容日点击', en: 'Item hits per day' },
      },
      [...item, column, dayField],
      options,
    ),
    counterCollection(
      hitSlugs.totals,
      { singular: { zh: '累计点击', en: 'Total hits' }, plural: { zh: '累计点击', en: 'Total hits' } },
      [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: [
            { value: 'column', label: { zh: '栏目', en: 'Column' } },
            { value: 'item', label: { zh: '内容', en: 'Item' } },
          ],
        },
        column,
        ...item,
      ],
      options,
    ),
  ]
}
