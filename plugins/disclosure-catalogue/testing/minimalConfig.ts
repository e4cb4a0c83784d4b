import os from 'node:os'
import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type SanitizedConfig } from 'payload'

import { bareDepartments, bareMedia, bareUsers } from '../../shared/testing/collections'
import { testDatabaseAdapter } from '../../shared/testing/database'
import { disclosureCatalogue } from '../index'
import type { DisclosureCatalogueOptions } from '../types'

/**
 * The catalogue alone: bare users, departments and media stand-ins and the plugin with
 * `options`, nothing of the reference site.
 */
export async function catalogueTestConfig(
  databaseUrl: string,
  options: DisclosureCatalogueOptions = {},
): Promise<SanitizedConfig> {
  return buildConfig({
    secret: process.env.PAYLOAD_SECRET || 'catalogue-test-secret',
    // No type generation in a child process: it would hold jest open and rewrite payload-types.ts.
    typescript: { autoGenerate: false },
    db: await testDatabaseAdapter(databaseUrl),
    editor: lexicalEditor(),
    collections: [
      bareUsers(),
      bareDepartments,
      bareMedia(process.env.MEDIA_DIR || path.join(os.tmpdir(), 'gongkai-catalogue-media')),
    ],
    admin: { user: 'users' },
    i18n: { fallbackLanguage: 'zh' },
    custom: { site: { timeZone: 'Asia/Shanghai' } },
    telemetry: false,
    logger: { options: { level: (process.env.LOG_LEVEL as 'info') || 'warn' } },
    plugins: [disclosureCatalogue(options)],
  })
}
