import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { hasRole } from '../../shared/access'
import { preventParentCycle } from '../hooks/guardParent'
import { label, text } from '../lib/labels'

/** The topic categories' fields, before the host's override. */
export const topicCategoryFields = (slug: string): Field[] => [
  { name: 'name', type: 'text', required: true, maxLength: 40, label: label('topicName') },
  {
    name: 'code',
    type: 'text',
    required: true,
    unique: true,
    maxLength: 20,
    label: label('topicCode'),
    validate: (value: string | null | undefined) =>
      !value ||
      /^[0-9A-Za-z.-]{1,20}$/.test(value) ||
      '分类代码只能包含字母、数字、点和连字符 (code: letters, digits, dots, hyphens)',
  },
  {
    name: 'parent',
    type: 'relationship',
    relationTo: slug as CollectionSlug,
    index: true,
    label: label('topicParent'),
    filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
  },
]

/** Topic categories of the disclosure catalogue (主题分类), e.g. 综合政务 › 政务公开. */
export function topicCategoriesCollection({ slug, fields }: { slug: string; fields: Field[] }): CollectionConfig {
  return {
    slug: slug as CollectionSlug,
    labels: { singular: text('topicSingular'), plural: text('topicPlural') },
    defaultSort: 'code',
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'code', 'parent'],
      group: text('groupContent'),
    },
    access: { read: () => true, create: hasRole(), update: hasRole(), delete: hasRole() },
    hooks: { beforeValidate: [preventParentCycle(slug as CollectionSlug)] },
    fields,
  }
}
