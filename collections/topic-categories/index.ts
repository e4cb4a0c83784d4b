import type { CollectionConfig } from 'payload'

import { hasRole } from '../../plugins/shared/access'
import { preventParentCycle } from '../columns/guardParent'

/** Topic categories of the disclosure catalogue (主题分类), e.g. 综合政务 › 政务公开. */
export const TopicCategories: CollectionConfig = {
  slug: 'topic-categories',
  labels: {
    singular: { zh: '主题分类', en: 'Topic category' },
    plural: { zh: '主题分类', en: 'Topic categories' },
  },
  defaultSort: 'code',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'parent'],
    group: { zh: '内容', en: 'Content' },
  },
  access: { read: () => true, create: hasRole(), update: hasRole(), delete: hasRole() },
  hooks: { beforeValidate: [preventParentCycle('topic-categories')] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 40, label: { zh: '名称', en: 'Name' } },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 20,
      label: { zh: '分类代码', en: 'Code' },
      validate: (value: string | null | undefined) =>
        !value ||
        /^[0-9A-Za-z.-]{1,20}$/.test(value) ||
        '分类代码只能包含字母、数字、点和连字符 (code: letters, digits, dots, hyphens)',
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'topic-categories',
      index: true,
      label: { zh: '上级分类', en: 'Parent category' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
  ],
}
