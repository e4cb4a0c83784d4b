import { createParentField, nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import type { CollectionConfig, Config, Field } from 'payload'

import { isAdmin } from '../../plugins/shared/access'
import { computeArchived } from './archived'
import { computePath, pathFromDocs } from './computePath'
import { preventParentCycle } from './guardParent'
import { columnItemsByPathEndpoint, columnItemsEndpoint } from './itemsEndpoint'
import { columnKindLabels, columnKinds, defaultUpdateRules, type ColumnUpdateRules } from './kinds'
import { preventDeleteWithItems } from './preventDeleteWithItems'

export type ColumnsOptions = {
  /** Update rule per kind (days without a new item before a column counts as stale). */
  updateRules?: Partial<ColumnUpdateRules>
}

const slugPattern = /^[a-z0-9][a-z0-9-]{0,59}$/

const parentField = createParentField('columns', {
  label: { zh: '上级栏目', en: 'Parent column' },
  admin: { position: 'sidebar' },
  index: true,
})

/** The nested-docs breadcrumbs, declared here so every sub-field has both admin languages. */
const breadcrumbsField: Field = {
  name: 'breadcrumbs',
  type: 'array',
  label: { zh: '层级路径', en: 'Breadcrumbs' },
  labels: { singular: { zh: '层级', en: 'Level' }, plural: { zh: '层级', en: 'Levels' } },
  admin: { readOnly: true, position: 'sidebar' },
  fields: [
    {
      name: 'doc',
      type: 'relationship',
      relationTo: 'columns',
      maxDepth: 0,
      label: { zh: '栏目', en: 'Column' },
      admin: { disabled: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'url', type: 'text', label: { zh: '路径', en: 'Path' }, admin: { width: '50%' } },
        { name: 'label', type: 'text', label: { zh: '名称', en: 'Name' }, admin: { width: '50%' } },
      ],
    },
  ],
}

function baseColumns(updateRules: ColumnUpdateRules): CollectionConfig {
  return {
    slug: 'columns',
    labels: {
      singular: { zh: '栏目', en: 'Column' },
      plural: { zh: '栏目', en: 'Columns' },
    },
    defaultSort: 'order',
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'path', 'kind', 'order', 'hiddenFromNav'],
      group: { zh: '内容', en: 'Content' },
      listSearchableFields: ['name', 'path'],
    },
    // Columns are the site's navigation: all public, no drafts.
    access: { read: () => true, create: isAdmin, update: isAdmin, delete: isAdmin },
    custom: { updateRules },
    endpoints: [columnItemsByPathEndpoint, columnItemsEndpoint],
    hooks: {
      beforeValidate: [preventParentCycle('columns')],
      beforeChange: [computePath],
      beforeDelete: [preventDeleteWithItems],
    },
    fields: [
      { name: 'name', type: 'text', required: true, maxLength: 60, label: { zh: '栏目名称', en: 'Name' } },
      {
        name: 'slug',
        type: 'text',
        required: true,
        maxLength: 60,
        index: true,
        label: { zh: '英文标识', en: 'Slug' },
        admin: {
          description: {
            zh: '小写字母、数字或连字符，如 tzgg',
            en: 'Lower-case letters, digits or hyphens, e.g. tzgg',
          },
        },
        validate: (value: string | null | undefined) =>
          !value ||
          slugPattern.test(value) ||
          '英文标识只能包含小写字母、数字和连字符 (slug: lower-case letters, digits, hyphens)',
      },
      {
        name: 'path',
        type: 'text',
        unique: true,
        index: true,
        label: { zh: '访问路径', en: 'Path' },
        admin: {
          readOnly: true,
          position: 'sidebar',
          description: { zh: '由上级栏目和英文标识生成', en: 'Built from the parents’ slugs and this slug' },
        },
      },
      {
        name: 'kind',
        type: 'select',
        required: true,
        defaultValue: 'notices',
        label: { zh: '栏目类型', en: 'Kind' },
        options: columnKinds.map((kind) => ({ value: kind, label: columnKindLabels[kind] })),
        admin: {
          description: {
            zh: '决定更新时限：动态要闻14天，通知公告和政策文件6个月，专栏按起止日期',
            en: 'Sets the update rule: news 14 days, notices and policy 6 months, topical by its dates',
          },
        },
      },
      { name: 'description', type: 'textarea', maxLength: 500, label: { zh: '栏目说明', en: 'Description' } },
      {
        name: 'topical',
        type: 'group',
        label: { zh: '专栏起止', en: 'Campaign dates' },
        admin: { condition: (data) => data?.kind === 'topical' },
        fields: [
          {
            name: 'startsOn',
            type: 'date',
            label: { zh: '开设日期', en: 'Opens on' },
            admin: { date: { pickerAppearance: 'dayOnly' } },
          },
          {
            name: 'endsOn',
            type: 'date',
            label: { zh: '结束日期', en: 'Ends on' },
            admin: { date: { pickerAppearance: 'dayOnly' } },
            validate: (value: unknown, { siblingData }: { siblingData: { startsOn?: string | null } }) =>
              !value ||
              !siblingData?.startsOn ||
              new Date(value as string) >= new Date(siblingData.startsOn) ||
              '结束日期不能早于开设日期 (topical.endsOn must not be before startsOn)',
          },
        ],
      },
      {
        name: 'archived',
        type: 'checkbox',
        virtual: true,
        label: { zh: '已归档', en: 'Archived' },
        admin: {
          readOnly: true,
          position: 'sidebar',
          description: { zh: '专栏结束后自动归档', en: 'A topical column is archived after it ends' },
        },
        hooks: { afterRead: [computeArchived] },
      },
      {
        name: 'includeDescendants',
        type: 'checkbox',
        defaultValue: false,
        label: { zh: '列表包含下级栏目的信息', en: 'List items of sub-columns too' },
        admin: { position: 'sidebar' },
      },
      {
        name: 'hiddenFromNav',
        type: 'checkbox',
        defaultValue: false,
        label: { zh: '不在导航中显示', en: 'Hidden from navigation' },
        admin: { position: 'sidebar' },
      },
      {
        name: 'order',
        type: 'number',
        defaultValue: 100,
        index: true,
        label: { zh: '排序', en: 'Order' },
        admin: { position: 'sidebar', description: { zh: '数字小的排在前面', en: 'Lower numbers come first' } },
      },
      parentField,
      breadcrumbsField,
    ],
  }
}

/**
 * Columns (栏目): a tree kept by @payloadcms/plugin-nested-docs, applied here to this one
 * collection so the host config needs no extra plugin entry.
 */
export function createColumnsCollection(options: ColumnsOptions = {}): CollectionConfig {
  const updateRules = { ...defaultUpdateRules, ...options.updateRules }
  const withTree = nestedDocsPlugin({
    collections: ['columns'],
    generateLabel: (_docs, doc) => String(doc.name ?? ''),
    generateURL: (docs) => pathFromDocs(docs as { slug?: string | null }[]),
  })({ collections: [baseColumns(updateRules)] } as Config) as Config
  return withTree.collections![0]
}
