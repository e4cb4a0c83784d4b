import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { hasRole, isSignedIn, refuseHiddenRelationshipQueries } from '../../shared/access'
import { stampPublishedAt } from '../../shared/publishing/publishedAt'
import { dropBodyText, fillBodyText, leaveOutBodyText } from '../hooks/bodyText'
import { computeCommentPeriodState, validateCommentPeriodEnd } from '../hooks/commentPeriod'
import { normalizeDocumentNumber, validateDocumentNumber } from '../hooks/documentNumber'
import { assignIndexNumber, indexNumberField, keepIndexNumber } from '../hooks/indexNumber'
import { noDraftsForThePublic, publicNoticesOnly } from '../hooks/publicRead'
import { commentPeriodStates } from '../lib/commentPeriodStates'
import { label, text } from '../lib/labels'
import { noticeTypes, validityStatuses } from '../lib/noticeTypes'
import { publishedAtField } from '../lib/publishedAtField'
import type { CatalogueSlugs } from '../types'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy-MM-dd' } }
const disclosureModes = ['proactive', 'on-application', 'not-disclosed'] as const

/** The notices' fields, before the host's override. */
export const noticeFields = (slugs: CatalogueSlugs, withTopics = true): Field[] => [
  { name: 'title', type: 'text', required: true, maxLength: 200, index: true, label: label('noticesTitle') },
  {
    name: 'summary',
    type: 'textarea',
    maxLength: 100,
    label: label('noticesSummary'),
    admin: { description: label('noticesSummaryDescription') },
  },
  { name: 'body', type: 'richText', label: label('noticesBody') },
  {
    // Queryable by /api/search (a `hidden` field could not be queried with access on); kept
    // out of every response by `dropBodyText`.
    name: 'bodyText',
    type: 'textarea',
    label: label('noticesBodyText'),
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'type',
        type: 'select',
        required: true,
        defaultValue: 'announcement',
        index: true,
        label: label('noticesType'),
        options: noticeTypes.map((value) => ({ value, label: label(`noticeType-${value}`) })),
      },
      {
        name: 'disclosureMode',
        type: 'select',
        defaultValue: 'proactive',
        index: true,
        label: label('noticesDisclosureMode'),
        options: disclosureModes.map((value) => ({ value, label: label(`disclosureMode-${value}`) })),
        admin: { description: label('noticesDisclosureModeDescription') },
      },
    ],
  },
  {
    name: 'primaryColumn',
    type: 'relationship',
    relationTo: slugs.columns as CollectionSlug,
    required: true,
    index: true,
    label: label('noticesPrimaryColumn'),
  },
  {
    name: 'columns',
    type: 'relationship',
    relationTo: slugs.columns as CollectionSlug,
    hasMany: true,
    label: label('noticesColumns'),
  },
  {
    type: 'row',
    fields: [
      {
        name: 'department',
        type: 'relationship',
        relationTo: slugs.departments as CollectionSlug,
        required: true,
        index: true,
        label: label('noticesDepartment'),
      },
      {
        name: 'documentNumber',
        type: 'text',
        maxLength: 40,
        index: true,
        label: label('noticesDocumentNumber'),
        admin: { placeholder: '示政发〔2026〕1号' },
        hooks: { beforeValidate: [normalizeDocumentNumber] },
        validate: validateDocumentNumber,
      },
    ],
  },
  {
    type: 'row',
    fields: [
      ...(withTopics
        ? [
            {
              name: 'topicCategory',
              type: 'relationship' as const,
              relationTo: slugs.topicCategories as CollectionSlug,
              label: label('noticesTopicCategory'),
            },
          ]
        : []),
      { name: 'writtenAt', type: 'date', label: label('noticesWrittenAt'), admin: dayOnly },
    ],
  },
  {
    name: 'commentPeriod',
    type: 'group',
    label: label('noticesCommentPeriod'),
    admin: { condition: (data) => data?.type === 'publicity' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'startsOn', type: 'date', label: label('noticesCommentStartsOn'), admin: dayOnly },
          {
            name: 'endsOn',
            type: 'date',
            label: label('noticesCommentEndsOn'),
            admin: dayOnly,
            validate: validateCommentPeriodEnd,
          },
        ],
      },
      {
        name: 'state',
        type: 'select',
        virtual: true,
        label: label('noticesCommentState'),
        options: commentPeriodStates.map((value) => ({ value, label: label(`commentPeriod-${value}`) })),
        admin: { readOnly: true },
        hooks: { afterRead: [computeCommentPeriodState] },
      },
    ],
  },
  {
    name: 'validity',
    type: 'group',
    label: label('noticesValidity'),
    admin: { condition: (data) => data?.type === 'normative' },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'status',
            type: 'select',
            index: true,
            label: label('noticesValidityStatus'),
            options: validityStatuses.map((value) => ({ value, label: label(`validity-${value}`) })),
          },
          {
            name: 'changedOn',
            type: 'date',
            label: label('noticesValidityChangedOn'),
            admin: dayOnly,
            validate: (value: unknown, { siblingData }: { siblingData: { status?: string | null } }) =>
              Boolean(value) ||
              !siblingData?.status ||
              siblingData.status === 'in-force' ||
              '修改、废止或失效须填写变更日期 (validity.changedOn is required unless in force)',
          },
        ],
      },
      {
        name: 'replacedBy',
        type: 'relationship',
        relationTo: slugs.notices as CollectionSlug,
        label: label('noticesValidityReplacedBy'),
      },
    ],
  },
  {
    name: 'attachments',
    type: 'upload',
    relationTo: slugs.media as CollectionSlug,
    hasMany: true,
    label: label('noticesAttachments'),
  },
  {
    name: 'editorNotes',
    type: 'textarea',
    maxLength: 2000,
    label: label('noticesEditorNotes'),
    access: { read: isSignedIn },
    admin: { position: 'sidebar' },
  },
  indexNumberField,
  publishedAtField,
]

/** Notices (公示公告 and the other items of the disclosure catalogue). */
export function noticesCollection(args: {
  slugs: CatalogueSlugs
  fields: Field[]
  stampPublishedAt: boolean
}): CollectionConfig {
  const { slugs, fields } = args
  return {
    slug: slugs.notices as CollectionSlug,
    labels: { singular: text('noticesSingular'), plural: text('noticesPlural') },
    defaultSort: '-publishedAt',
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'type', 'primaryColumn', 'department', 'publishedAt', '_status'],
      group: text('groupContent'),
      listSearchableFields: ['title', 'documentNumber', 'indexNumber'],
    },
    access: {
      read: publicNoticesOnly,
      readVersions: isSignedIn,
      create: hasRole('editor'),
      update: hasRole('editor', 'reviewer'),
      delete: hasRole('editor'),
    },
    versions: { drafts: true, maxPerDoc: 50 },
    hooks: {
      beforeOperation: [noDraftsForThePublic, refuseHiddenRelationshipQueries, leaveOutBodyText],
      beforeChange: [fillBodyText, ...(args.stampPublishedAt ? [stampPublishedAt()] : []), keepIndexNumber],
      afterChange: [assignIndexNumber(slugs)],
      afterRead: [dropBodyText],
    },
    fields,
  }
}
