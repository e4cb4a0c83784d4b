import type { CollectionConfig } from 'payload'

import { userHasRole } from '../../shared/access'

/**
 * Query statistics per site-calendar day: how often a query was asked and how often it found
 * nothing. Only the folded query text is kept (long digit runs masked), never who asked.
 */
export function searchQueriesCollection(slug: string, readRoles: string[]): CollectionConfig {
  return {
    slug,
    labels: { singular: { zh: '检索词统计', en: 'Search query' }, plural: { zh: '检索词统计', en: 'Search queries' } },
    admin: {
      group: { zh: '统计', en: 'Statistics' },
      useAsTitle: 'query',
      defaultColumns: ['query', 'day', 'count', 'zeroResults'],
    },
    access: {
      read: ({ req }) => userHasRole(req.user, ...readRoles),
      create: () => false,
      update: () => false,
      delete: ({ req }) => userHasRole(req.user, 'admin'),
    },
    defaultSort: '-count',
    fields: [
      { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
      { name: 'query', type: 'text', required: true, index: true, label: { zh: '检索词', en: 'Query' } },
      { name: 'day', type: 'text', required: true, index: true, label: { zh: '日期', en: 'Day' } },
      { name: 'count', type: 'number', defaultValue: 0, index: true, label: { zh: '检索次数', en: 'Searches' } },
      { name: 'zeroResults', type: 'number', defaultValue: 0, label: { zh: '无结果次数', en: 'Without results' } },
    ],
  }
}
