import type { CollectionConfig } from 'payload'

import { hasRole, isSignedIn, refuseHiddenRelationshipQueries } from '../../plugins/shared/access'
import { trackMediaUse } from '../media/usage'
import { dropBodyText, fillBodyText } from './bodyText'
import { commentPeriodStates, computeCommentPeriodState, validateCommentPeriodEnd } from './commentPeriod'
import { normalizeDocumentNumber, validateDocumentNumber } from './documentNumber'
import { assignIndexNumber, indexNumberField, keepIndexNumber } from './indexNumber'
import { noDraftsForThePublic, publicNoticesOnly } from './publicRead'
import { publishedAtField, stampPublishedAt } from './publishedAt'
import { noticeTypeLabels, noticeTypes, validityLabels, validityStatuses } from './types'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy-MM-dd' } }

const mediaUse = trackMediaUse()

/** Notices (公示公告 and the other items of the disclosure catalogue). */
export const Notices: CollectionConfig = {
  slug: 'notices',
  labels: {
    singular: { zh: '信息', en: 'Notice' },
    plural: { zh: '公示公告', en: 'Notices' },
  },
  defaultSort: '-publishedAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'primaryColumn', 'department', 'publishedAt', '_status'],
    group: { zh: '内容', en: 'Content' },
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
    beforeOperation: [noDraftsForThePublic, refuseHiddenRelationshipQueries],
    beforeChange: [fillBodyText, stampPublishedAt, keepIndexNumber],
    afterChange: [assignIndexNumber, mediaUse.afterChange],
    afterDelete: [mediaUse.afterDelete],
    afterRead: [dropBodyText],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, index: true, label: { zh: '标题', en: 'Title' } },
    {
      name: 'summary',
      type: 'textarea',
      maxLength: 100,
      label: { zh: '内容概述', en: 'Summary' },
      admin: { description: { zh: '不超过100字', en: 'At most 100 characters' } },
    },
    { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' } },
    {
      // Queryable by /api/search (a `hidden` field could not be queried with access on); kept
      // out of every response by `dropBodyText`.
      name: 'bodyText',
      type: 'textarea',
      label: { zh: '正文纯文本', en: 'Body as plain text' },
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
          label: { zh: '信息类型', en: 'Type' },
          options: noticeTypes.map((value) => ({ value, label: noticeTypeLabels[value] })),
        },
        {
          name: 'disclosureMode',
          type: 'select',
          defaultValue: 'proactive',
          index: true,
          label: { zh: '公开方式', en: 'Disclosure' },
          options: [
            { value: 'proactive', label: { zh: '主动公开', en: 'Proactive' } },
            { value: 'on-application', label: { zh: '依申请公开', en: 'On application' } },
            { value: 'not-disclosed', label: { zh: '不予公开', en: 'Not disclosed' } },
          ],
          admin: {
            description: { zh: '只有主动公开的信息会在网站上公开', en: 'Only proactive items are ever public' },
          },
        },
      ],
    },
    {
      name: 'primaryColumn',
      type: 'relationship',
      relationTo: 'columns',
      required: true,
      index: true,
      label: { zh: '所属栏目', en: 'Primary column' },
    },
    {
      name: 'columns',
      type: 'relationship',
      relationTo: 'columns',
      hasMany: true,
      label: { zh: '同时发布到', en: 'Also in columns' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'department',
          type: 'relationship',
          relationTo: 'departments',
          required: true,
          index: true,
          label: { zh: '发布机构', en: 'Issuing department' },
        },
        {
          name: 'documentNumber',
          type: 'text',
          maxLength: 40,
          index: true,
          label: { zh: '发文字号', en: 'Document number' },
          admin: { placeholder: '示政发〔2026〕1号' },
          hooks: { beforeValidate: [normalizeDocumentNumber] },
          validate: validateDocumentNumber,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'topicCategory',
          type: 'relationship',
          relationTo: 'topic-categories',
          label: { zh: '主题分类', en: 'Topic category' },
        },
        { name: 'writtenAt', type: 'date', label: { zh: '成文日期', en: 'Date written' }, admin: dayOnly },
      ],
    },
    {
      name: 'commentPeriod',
      type: 'group',
      label: { zh: '公示期', en: 'Comment period' },
      admin: { condition: (data) => data?.type === 'publicity' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'startsOn', type: 'date', label: { zh: '开始日期', en: 'Starts on' }, admin: dayOnly },
            {
              name: 'endsOn',
              type: 'date',
              label: { zh: '结束日期', en: 'Ends on' },
              admin: dayOnly,
              validate: validateCommentPeriodEnd,
            },
          ],
        },
        {
          name: 'state',
          type: 'select',
          virtual: true,
          label: { zh: '公示状态', en: 'State' },
          options: commentPeriodStates.map((value) => ({
            value,
            label: {
              'not-started': { zh: '未开始', en: 'Not started' },
              open: { zh: '公示中', en: 'Open' },
              closed: { zh: '已结束', en: 'Closed' },
            }[value],
          })),
          admin: { readOnly: true },
          hooks: { afterRead: [computeCommentPeriodState] },
        },
      ],
    },
    {
      name: 'validity',
      type: 'group',
      label: { zh: '有效性', en: 'Validity' },
      admin: { condition: (data) => data?.type === 'normative' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'status',
              type: 'select',
              index: true,
              label: { zh: '效力状态', en: 'Status' },
              options: validityStatuses.map((value) => ({ value, label: validityLabels[value] })),
            },
            {
              name: 'changedOn',
              type: 'date',
              label: { zh: '变更日期', en: 'Changed on' },
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
          relationTo: 'notices',
          label: { zh: '替代文件', en: 'Replaced by' },
        },
      ],
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { zh: '附件', en: 'Attachments' },
    },
    {
      name: 'editorNotes',
      type: 'textarea',
      maxLength: 2000,
      label: { zh: '编辑备注（不公开）', en: 'Editors’ notes (internal)' },
      access: { read: isSignedIn },
      admin: { position: 'sidebar' },
    },
    indexNumberField,
    publishedAtField,
  ],
}
