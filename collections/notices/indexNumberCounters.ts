import type { CollectionConfig } from 'payload'

/**
 * One row per department and year holding the last index-number sequence handed out.
 * Internal: only the index-number hook touches it, through `payload.db` (no API access).
 */
export const IndexNumberCounters: CollectionConfig = {
  slug: 'index-number-counters',
  labels: {
    singular: { zh: '索引号计数器', en: 'Index number counter' },
    plural: { zh: '索引号计数器', en: 'Index number counters' },
  },
  admin: { hidden: true, group: { zh: '系统', en: 'System' } },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  lockDocuments: false,
  graphQL: false,
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '部门与年度', en: 'Department and year' },
    },
    { name: 'value', type: 'number', required: true, defaultValue: 0, label: { zh: '已用序号', en: 'Last sequence' } },
  ],
}
