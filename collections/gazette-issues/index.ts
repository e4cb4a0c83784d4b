import type { CollectionConfig } from 'payload'

import { hasRole, isSignedIn, publishedOrSignedIn, refuseHiddenRelationshipQueries } from '../../plugins/shared/access'
import { trackMediaUse } from '../media/usage'
import { noDraftsForThePublic } from '../notices/publicRead'
import { publishedAtField, stampPublishedAt } from '../notices/publishedAt'
import { fillTitle } from './fillTitle'
import { requirePublishedNotices } from './requirePublishedNotices'
import { followTotalNumber } from './totalNumber'
import { uniqueYearNumber } from './uniqueYearNumber'

const mediaUse = trackMediaUse()

/** Gazette issues (政府公报): numbered per year and in total, with contents grouped by section. */
export const GazetteIssues: CollectionConfig = {
  slug: 'gazette-issues',
  labels: {
    singular: { zh: '政报', en: 'Gazette issue' },
    plural: { zh: '政府公报', en: 'Gazette issues' },
  },
  defaultSort: ['-year', '-number'],
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'number', 'totalNumber', 'special', '_status'],
    group: { zh: '内容', en: 'Content' },
  },
  access: {
    read: publishedOrSignedIn,
    readVersions: isSignedIn,
    create: hasRole('editor'),
    update: hasRole('editor', 'reviewer'),
    delete: hasRole('editor'),
  },
  versions: { drafts: true, maxPerDoc: 50 },
  indexes: [{ fields: ['year', 'number'], unique: true }],
  hooks: {
    beforeOperation: [noDraftsForThePublic, refuseHiddenRelationshipQueries],
    beforeChange: [uniqueYearNumber, followTotalNumber, requirePublishedNotices, fillTitle, stampPublishedAt],
    afterChange: [mediaUse.afterChange],
    afterDelete: [mediaUse.afterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          required: true,
          min: 1949,
          max: 2999,
          index: true,
          label: { zh: '年度', en: 'Year' },
          admin: { step: 1 },
        },
        {
          name: 'number',
          type: 'number',
          required: true,
          min: 1,
          max: 99,
          index: true,
          label: { zh: '期号（第N期）', en: 'Number in the year' },
          admin: { step: 1 },
        },
        {
          name: 'totalNumber',
          type: 'number',
          unique: true,
          min: 1,
          label: { zh: '总期号（总第N期）', en: 'Total number' },
          admin: { step: 1, description: { zh: '留空则按上一期自动递增', en: 'Left empty: previous issue + 1' } },
        },
      ],
    },
    {
      name: 'totalNumberReason',
      type: 'text',
      maxLength: 200,
      label: { zh: '总期号调整原因', en: 'Reason for a different total number' },
      admin: { description: { zh: '总期号不接续上一期时必填', en: 'Required when the total number does not follow' } },
    },
    {
      name: 'title',
      type: 'text',
      maxLength: 120,
      label: { zh: '标题', en: 'Title' },
      admin: { description: { zh: '留空则自动生成，如“2026年第3期”', en: 'Left empty: e.g. “2026年第3期”' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'special', type: 'checkbox', defaultValue: false, label: { zh: '专刊', en: 'Special issue' } },
        {
          name: 'specialSubject',
          type: 'text',
          maxLength: 80,
          label: { zh: '专刊主题', en: 'Special subject' },
          admin: { condition: (data) => Boolean(data?.special) },
          validate: (value: unknown, { siblingData }: { siblingData: { special?: boolean | null } }) =>
            !siblingData?.special ||
            (typeof value === 'string' && value.trim().length > 0) ||
            '专刊须填写专刊主题 (specialSubject is required for a special issue)',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'cover',
          type: 'upload',
          relationTo: 'media',
          label: { zh: '封面', en: 'Cover' },
          filterOptions: { mimeType: { contains: 'image' } },
        },
        {
          name: 'pdf',
          type: 'upload',
          relationTo: 'media',
          label: { zh: 'PDF版', en: 'PDF edition' },
          filterOptions: { mimeType: { equals: 'application/pdf' } },
        },
        { name: 'printRun', type: 'number', min: 0, label: { zh: '印数', en: 'Print run' }, admin: { step: 100 } },
      ],
    },
    {
      name: 'sections',
      type: 'array',
      label: { zh: '目录', en: 'Contents' },
      labels: { singular: { zh: '栏目', en: 'Section' }, plural: { zh: '栏目', en: 'Sections' } },
      fields: [
        {
          name: 'heading',
          type: 'text',
          required: true,
          maxLength: 60,
          label: { zh: '栏目名称', en: 'Heading' },
          admin: { placeholder: '区政府文件' },
        },
        {
          name: 'entries',
          type: 'array',
          label: { zh: '篇目', en: 'Entries' },
          labels: { singular: { zh: '篇目', en: 'Entry' }, plural: { zh: '篇目', en: 'Entries' } },
          fields: [
            {
              name: 'notice',
              type: 'relationship',
              relationTo: 'notices',
              label: { zh: '网站上的信息', en: 'Notice on the site' },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'title',
                  type: 'text',
                  maxLength: 200,
                  label: { zh: '标题（非网站信息）', en: 'Title (item not on the site)' },
                  validate: (value: unknown, { siblingData }: { siblingData: { notice?: unknown } }) =>
                    Boolean(siblingData?.notice) ||
                    (typeof value === 'string' && value.trim().length > 0) ||
                    '篇目须选择信息或填写标题 (sections.entries.title: choose a notice or give a title)',
                },
                {
                  name: 'documentNumber',
                  type: 'text',
                  maxLength: 40,
                  label: { zh: '发文字号', en: 'Document number' },
                },
                { name: 'page', type: 'number', min: 1, label: { zh: '页码', en: 'Page' } },
              ],
            },
          ],
        },
      ],
    },
    publishedAtField,
  ],
}
