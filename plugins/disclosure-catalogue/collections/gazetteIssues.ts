import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { hasRole, isSignedIn, publishedOrSignedIn, refuseHiddenRelationshipQueries } from '../../shared/access'
import { stampPublishedAt } from '../../shared/publishing/publishedAt'
import { fillTitle } from '../hooks/fillTitle'
import { noDraftsForThePublic } from '../hooks/publicRead'
import { requirePublishedNotices } from '../hooks/requirePublishedNotices'
import { followTotalNumber } from '../hooks/totalNumber'
import { uniqueYearNumber } from '../hooks/uniqueYearNumber'
import { label, text } from '../lib/labels'
import { publishedAtField } from '../lib/publishedAtField'
import type { CatalogueSlugs } from '../types'

/** The gazette issues' fields, before the host's override. */
export const gazetteIssueFields = (slugs: CatalogueSlugs, noticesEnabled: boolean): Field[] => [
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
        label: label('gazetteYear'),
        admin: { step: 1 },
      },
      {
        name: 'number',
        type: 'number',
        required: true,
        min: 1,
        max: 99,
        index: true,
        label: label('gazetteNumber'),
        admin: { step: 1 },
      },
      {
        name: 'totalNumber',
        type: 'number',
        unique: true,
        min: 1,
        label: label('gazetteTotalNumber'),
        admin: { step: 1, description: label('gazetteTotalNumberDescription') },
      },
    ],
  },
  {
    name: 'totalNumberReason',
    type: 'text',
    maxLength: 200,
    label: label('gazetteTotalNumberReason'),
    admin: { description: label('gazetteTotalNumberReasonDescription') },
  },
  {
    name: 'title',
    type: 'text',
    maxLength: 120,
    label: label('gazetteTitle'),
    admin: { description: label('gazetteTitleDescription') },
  },
  {
    type: 'row',
    fields: [
      { name: 'special', type: 'checkbox', defaultValue: false, label: label('gazetteSpecial') },
      {
        name: 'specialSubject',
        type: 'text',
        maxLength: 80,
        label: label('gazetteSpecialSubject'),
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
        relationTo: slugs.media as CollectionSlug,
        label: label('gazetteCover'),
        filterOptions: { mimeType: { contains: 'image' } },
      },
      {
        name: 'pdf',
        type: 'upload',
        relationTo: slugs.media as CollectionSlug,
        label: label('gazettePdf'),
        filterOptions: { mimeType: { equals: 'application/pdf' } },
      },
      { name: 'printRun', type: 'number', min: 0, label: label('gazettePrintRun'), admin: { step: 100 } },
    ],
  },
  {
    name: 'sections',
    type: 'array',
    label: label('gazetteSections'),
    labels: { singular: label('gazetteSectionSingular'), plural: label('gazetteSectionPlural') },
    fields: [
      {
        name: 'heading',
        type: 'text',
        required: true,
        maxLength: 60,
        label: label('gazetteHeading'),
        admin: { placeholder: '区政府文件' },
      },
      {
        name: 'entries',
        type: 'array',
        label: label('gazetteEntries'),
        labels: { singular: label('gazetteEntrySingular'), plural: label('gazetteEntryPlural') },
        fields: [
          ...(noticesEnabled
            ? [
                {
                  name: 'notice',
                  type: 'relationship' as const,
                  relationTo: slugs.notices as CollectionSlug,
                  label: label('gazetteEntryNotice'),
                },
              ]
            : []),
          {
            type: 'row',
            fields: [
              {
                name: 'title',
                type: 'text',
                maxLength: 200,
                label: label('gazetteEntryTitle'),
                validate: (value: unknown, { siblingData }: { siblingData: { notice?: unknown } }) =>
                  Boolean(siblingData?.notice) ||
                  (typeof value === 'string' && value.trim().length > 0) ||
                  '篇目须选择信息或填写标题 (sections.entries.title: choose a notice or give a title)',
              },
              {
                name: 'documentNumber',
                type: 'text',
                maxLength: 40,
                label: label('gazetteEntryDocumentNumber'),
              },
              { name: 'page', type: 'number', min: 1, label: label('gazetteEntryPage') },
            ],
          },
        ],
      },
    ],
  },
  publishedAtField,
]

/** Gazette issues (政府公报): numbered per year and in total, with contents grouped by section. */
export function gazetteIssuesCollection(args: {
  slugs: CatalogueSlugs
  fields: Field[]
  noticesEnabled: boolean
  stampPublishedAt: boolean
}): CollectionConfig {
  const { slugs, fields, noticesEnabled } = args
  return {
    slug: slugs.gazetteIssues as CollectionSlug,
    labels: { singular: text('gazetteSingular'), plural: text('gazettePlural') },
    defaultSort: ['-year', '-number'],
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'year', 'number', 'totalNumber', 'special', '_status'],
      group: text('groupContent'),
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
      beforeChange: [
        uniqueYearNumber,
        followTotalNumber,
        ...(noticesEnabled ? [requirePublishedNotices(slugs.notices)] : []),
        fillTitle,
        ...(args.stampPublishedAt ? [stampPublishedAt()] : []),
      ],
    },
    fields,
  }
}
