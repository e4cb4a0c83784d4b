import { createParentField, nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import type { CollectionConfig, CollectionSlug, Config, Field } from 'payload'

import { isAdmin } from '../../shared/access'
import { columnItemsEndpoints } from '../endpoints/columnItems'
import { computeArchived } from '../hooks/archived'
import { computePath, pathFromDocs } from '../hooks/computePath'
import { preventParentCycle } from '../hooks/guardParent'
import { preventDeleteWithItems } from '../hooks/preventDeleteWithItems'
import { columnKinds, type ColumnUpdateRules } from '../lib/kinds'
import { label, text } from '../lib/labels'
import type { CatalogueSlugs } from '../types'

const slugPattern = /^[a-z0-9][a-z0-9-]{0,59}$/

/** The nested-docs breadcrumbs, declared here so every sub-field has both admin languages. */
const breadcrumbsField = (columns: CollectionSlug): Field => ({
  name: 'breadcrumbs',
  type: 'array',
  label: label('columnsBreadcrumbs'),
  labels: { singular: label('columnsBreadcrumbSingular'), plural: label('columnsBreadcrumbPlural') },
  admin: { readOnly: true, position: 'sidebar' },
  fields: [
    {
      name: 'doc',
      type: 'relationship',
      relationTo: columns,
      maxDepth: 0,
      label: label('columnsBreadcrumbDoc'),
      admin: { disabled: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'url', type: 'text', label: label('columnsBreadcrumbUrl'), admin: { width: '50%' } },
        { name: 'label', type: 'text', label: label('columnsBreadcrumbLabel'), admin: { width: '50%' } },
      ],
    },
  ],
})

/** The columns' own fields (without the tree's parent and breadcrumbs, which nested-docs owns). */
export const columnFields = (): Field[] => [
  { name: 'name', type: 'text', required: true, maxLength: 60, label: label('columnsName') },
  {
    name: 'slug',
    type: 'text',
    required: true,
    maxLength: 60,
    index: true,
    label: label('columnsSlug'),
    admin: { description: label('columnsSlugDescription') },
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
    label: label('columnsPath'),
    admin: { readOnly: true, position: 'sidebar', description: label('columnsPathDescription') },
  },
  {
    name: 'kind',
    type: 'select',
    required: true,
    defaultValue: 'notices',
    label: label('columnsKind'),
    options: columnKinds.map((kind) => ({ value: kind, label: label(`columnKind-${kind}`) })),
    admin: { description: label('columnsKindDescription') },
  },
  { name: 'description', type: 'textarea', maxLength: 500, label: label('columnsDescription') },
  {
    name: 'topical',
    type: 'group',
    label: label('columnsTopical'),
    admin: { condition: (data) => data?.kind === 'topical' },
    fields: [
      {
        name: 'startsOn',
        type: 'date',
        label: label('columnsStartsOn'),
        admin: { date: { pickerAppearance: 'dayOnly' } },
      },
      {
        name: 'endsOn',
        type: 'date',
        label: label('columnsEndsOn'),
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
    label: label('columnsArchived'),
    admin: { readOnly: true, position: 'sidebar', description: label('columnsArchivedDescription') },
    hooks: { afterRead: [computeArchived] },
  },
  {
    name: 'includeDescendants',
    type: 'checkbox',
    defaultValue: false,
    label: label('columnsIncludeDescendants'),
    admin: { position: 'sidebar' },
  },
  {
    name: 'hiddenFromNav',
    type: 'checkbox',
    defaultValue: false,
    label: label('columnsHiddenFromNav'),
    admin: { position: 'sidebar' },
  },
  {
    name: 'order',
    type: 'number',
    defaultValue: 100,
    index: true,
    label: label('columnsOrder'),
    admin: { position: 'sidebar', description: label('columnsOrderDescription') },
  },
]

/**
 * Columns (栏目): a tree kept by @payloadcms/plugin-nested-docs, applied here to this one
 * collection so the host config needs no extra plugin entry. `fields` are the columns' own
 * fields after the host's override; the tree fields come last.
 */
export function columnsCollection(args: {
  slugs: CatalogueSlugs
  updateRules: ColumnUpdateRules
  fields: Field[]
  noticesEnabled: boolean
}): CollectionConfig {
  const { slugs, updateRules, fields, noticesEnabled } = args
  const columns = slugs.columns as CollectionSlug
  const base: CollectionConfig = {
    slug: columns,
    labels: { singular: text('columnsSingular'), plural: text('columnsPlural') },
    defaultSort: 'order',
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'path', 'kind', 'order', 'hiddenFromNav'],
      group: text('groupContent'),
      listSearchableFields: ['name', 'path'],
    },
    // Columns are the site's navigation: all public, no drafts.
    access: { read: () => true, create: isAdmin, update: isAdmin, delete: isAdmin },
    custom: { updateRules },
    endpoints: noticesEnabled ? columnItemsEndpoints(slugs) : [],
    hooks: {
      beforeValidate: [preventParentCycle(columns)],
      beforeChange: [computePath],
      beforeDelete: [preventDeleteWithItems(slugs, noticesEnabled)],
    },
    fields: [
      ...fields,
      createParentField(columns, {
        label: label('columnsParent'),
        admin: { position: 'sidebar' },
        index: true,
      }),
      breadcrumbsField(columns),
    ],
  }
  const withTree = nestedDocsPlugin({
    collections: [columns],
    generateLabel: (_docs, doc) => String(doc.name ?? ''),
    generateURL: (docs) => pathFromDocs(docs as { slug?: string | null }[]),
  })({ collections: [base] } as Config) as Config
  return withTree.collections![0]
}
