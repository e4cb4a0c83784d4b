import type { CollectionConfig, Payload } from 'payload'

import { userHasRole } from '../../shared/access'
import type { InspectionReport } from './types'

/** One stored inspection per calendar day, so the dashboard and the annual report show the trend. */
export const inspectionResultsCollection = (slug: string, readRoles: string[]): CollectionConfig => ({
  slug,
  labels: {
    singular: { zh: '自查结果', en: 'Inspection result' },
    plural: { zh: '每日自查结果', en: 'Daily inspections' },
  },
  admin: {
    group: { zh: '网站自查', en: 'Site inspection' },
    useAsTitle: 'day',
    defaultColumns: ['day', 'status', 'red', 'amber', 'at'],
  },
  access: {
    read: ({ req }) => userHasRole(req.user, 'admin', ...readRoles),
    // Written by the daily job only.
    create: () => false,
    update: () => false,
    delete: ({ req }) => userHasRole(req.user, 'admin'),
  },
  fields: [
    { name: 'day', type: 'text', required: true, unique: true, index: true, label: { zh: '日期', en: 'Day' } },
    { name: 'at', type: 'date', required: true, label: { zh: '检查时间', en: 'Checked at' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      options: [
        { value: 'green', label: { zh: '正常', en: 'Green' } },
        { value: 'amber', label: { zh: '预警', en: 'Amber' } },
        { value: 'red', label: { zh: '不合格', en: 'Red' } },
      ],
      label: { zh: '总体', en: 'Overall' },
    },
    { name: 'red', type: 'number', label: { zh: '红', en: 'Red' } },
    { name: 'amber', type: 'number', label: { zh: '黄', en: 'Amber' } },
    { name: 'rules', type: 'json', label: { zh: '各项结果', en: 'Rules' } },
  ],
  timestamps: true,
})

/** Stores (or replaces) the day's result. */
export async function storeReport(payload: Payload, slug: string, report: InspectionReport) {
  const data = {
    day: report.day,
    at: report.at,
    status: report.status,
    red: report.rules.filter((r) => r.status === 'red').length,
    amber: report.rules.filter((r) => r.status === 'amber').length,
    rules: report.rules,
  }
  const existing = await payload.find({
    collection: slug as never,
    where: { day: { equals: report.day } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const current = existing.docs[0] as unknown as { id: number | string } | undefined
  if (current)
    return payload.update({
      collection: slug as never,
      id: current.id,
      data: data as never,
      overrideAccess: true,
    })
  return payload.create({ collection: slug as never, data: data as never, overrideAccess: true })
}
