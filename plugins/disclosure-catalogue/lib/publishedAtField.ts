import type { Field } from 'payload'

import { label } from './labels'

/** 发布日期: read-only everywhere; its owner stamps it (plugins/shared/publishing/publishedAt). */
export const publishedAtField: Field = {
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: label('publishedAt'),
  admin: {
    readOnly: true,
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description: label('publishedAtDescription'),
  },
  hooks: { beforeDuplicate: [() => null] },
}
