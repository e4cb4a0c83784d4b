import { buildConfig, type Access, type CollectionConfig, type CollectionSlug, type SanitizedConfig } from 'payload'

import { bareUsers } from '../../shared/testing/collections'
import { pushSchemaInProduction, testDatabaseAdapter } from '../../shared/testing/database'
import { hitCounter } from '../index'
import type { HitCounterOptions } from '../types'

/**
 * A plugin-only site for the hit counter's tests and benchmark: tiny `columns` and `notices`
 * collections shaped like the suite's content model (contracts.md), nothing else.
 */
const columns: CollectionConfig = {
  slug: 'columns',
  access: { read: () => true },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'path', type: 'text', unique: true },
    { name: 'parent', type: 'relationship', relationTo: 'columns' as CollectionSlug },
    // Only the benchmark's naive read-modify-write counter uses this; the plugin never does.
    { name: 'naiveHits', type: 'number', defaultValue: 0 },
  ],
}

const notices: CollectionConfig = {
  slug: 'notices',
  versions: { drafts: true },
  access: {
    read: (({ req }) =>
      req.user
        ? true
        : { and: [{ _status: { equals: 'published' } }, { disclosureMode: { equals: 'proactive' } }] }) as Access,
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'primaryColumn', type: 'relationship', relationTo: 'columns' as CollectionSlug, required: true },
    {
      name: 'disclosureMode',
      type: 'select',
      defaultValue: 'proactive',
      options: ['proactive', 'on-application', 'not-disclosed'],
    },
  ],
}

export async function hitTestConfig(
  databaseUrl: string,
  options: Partial<HitCounterOptions> = {},
  secret = process.env.PAYLOAD_SECRET || 'hit-counter-test-secret',
): Promise<SanitizedConfig> {
  return buildConfig({
    secret,
    // No type generation in a child process: it would hold jest open and rewrite payload-types.ts.
    typescript: { autoGenerate: false },
    db: await testDatabaseAdapter(databaseUrl),
    collections: [bareUsers(), columns, notices],
    admin: { user: 'users' },
    custom: { site: { timeZone: 'Asia/Shanghai' } },
    telemetry: false,
    logger: { options: { level: (process.env.LOG_LEVEL as 'info') || 'warn' } },
    // A production process (benchmark) against a fresh database pushes the schema too.
    onInit: pushSchemaInProduction,
    plugins: [
      hitCounter({
        columns: { slug: 'columns' as CollectionSlug },
        items: [{ slug: 'notices' as CollectionSlug, primaryColumnField: 'primaryColumn' }],
        ...options,
      }),
    ],
  })
}
