import crypto from 'node:crypto'

import { EXPERIMENTAL_TableFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig, type CollectionConfig, type SanitizedConfig } from 'payload'

import { isSignedIn } from '../../shared/access'
import { bareDepartments, bareUsers } from '../../shared/testing/collections'
import { testDatabaseAdapter } from '../../shared/testing/database'
import { testEmailAdapter } from '../../shared/testing/email'
import { annualReport } from '../index'
import type { AnnualReportOptions } from '../types'

/** The least of a host's notices the report reads: type, disclosure, column, dates and validity; with drafts. */
const bareNotices: CollectionConfig = {
  slug: 'notices',
  access: { read: isSignedIn, create: isSignedIn, update: isSignedIn },
  versions: { drafts: true },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'body',
      type: 'richText',
      editor: lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, EXPERIMENTAL_TableFeature()] }),
    },
    { name: 'type', type: 'select', options: ['announcement', 'notification', 'normative', 'work-report'] },
    { name: 'disclosureMode', type: 'select', defaultValue: 'proactive', options: ['proactive', 'on-application'] },
    { name: 'primaryColumn', type: 'relationship', relationTo: 'columns' },
    { name: 'writtenAt', type: 'date' },
    { name: 'publishedAt', type: 'date' },
    {
      name: 'validity',
      type: 'group',
      fields: [
        { name: 'status', type: 'select', options: ['in-force', 'amended', 'abolished', 'expired'] },
        { name: 'changedOn', type: 'date' },
      ],
    },
  ],
}

const bareColumns: CollectionConfig = {
  slug: 'columns',
  access: { read: () => true },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'kind', type: 'select', options: ['news', 'notices', 'policy', 'guide', 'topical'] },
    {
      name: 'topical',
      type: 'group',
      fields: [
        { name: 'startsOn', type: 'date' },
        { name: 'endsOn', type: 'date' },
      ],
    },
  ],
}

const bareGazetteIssues: CollectionConfig = {
  slug: 'gazette-issues',
  access: { read: isSignedIn, create: isSignedIn, update: isSignedIn },
  versions: { drafts: true },
  fields: [
    { name: 'year', type: 'number', required: true },
    { name: 'number', type: 'number', required: true },
    { name: 'special', type: 'checkbox', defaultValue: false },
    { name: 'printRun', type: 'number' },
  ],
}

/** The plugin alone, with bare users, departments, notices, columns and gazette issues. */
export async function annualReportTestConfig(
  databaseUrl: string,
  options: AnnualReportOptions = {},
): Promise<SanitizedConfig> {
  return buildConfig({
    secret: process.env.PAYLOAD_SECRET || crypto.randomBytes(16).toString('hex'),
    typescript: { autoGenerate: false },
    db: await testDatabaseAdapter(databaseUrl),
    email: testEmailAdapter(undefined),
    editor: lexicalEditor(),
    collections: [bareUsers(), bareDepartments, bareNotices, bareColumns, bareGazetteIssues],
    plugins: [annualReport({ reminderSchedule: false, ...options })],
    admin: { user: 'users', avatar: 'default' },
    i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh' },
    custom: { site: { name: '示范区人民政府', timeZone: 'Asia/Shanghai' } },
    jobs: { tasks: [] },
    telemetry: false,
    logger: { options: { level: 'silent' } },
  })
}
