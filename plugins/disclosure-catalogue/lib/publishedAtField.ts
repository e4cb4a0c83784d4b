import type { Field } from 'payload'

import { publishedAtDateField } from '../../shared/publishing/publishedAt'
import { label } from './labels'

/** 发布日期: read-only everywhere; its owner stamps it (plugins/shared/publishing/publishedAt). */
export const publishedAtField: Field = publishedAtDateField('publishedAt', {
  label: label('publishedAt'),
  description: label('publishedAtDescription'),
})
