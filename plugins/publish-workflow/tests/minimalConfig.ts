import { buildConfig, type CollectionConfig, type SanitizedConfig } from 'payload'

import { chooseDatabase, databaseAdapter } from '../../../src/lib/database'
import { emailAdapter } from '../../../src/lib/email'
import { isSignedIn, publishedOrSignedIn } from '../../shared/access'
import { publishWorkflow } from '../index'
import type { PublishWorkflowOptions, PublicChangeEvent } from '../types'

/** A users collection like the suite's: `roles` and a mail `language`. */
const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  access: { read: isSignedIn },
  fields: [
    { name: 'name', type: 'text' },
    { name: 'roles', type: 'select', hasMany: true, options: ['admin', 'editor', 'reviewer', 'analyst'] },
    { name: 'language', type: 'select', defaultValue: 'zh', options: ['zh', 'en'] },
  ],
}

/** One collection with drafts, as another project would have it. */
const Posts: CollectionConfig = {
  slug: 'posts',
  admin: { useAsTitle: 'title' },
  versions: { drafts: true },
  access: { read: publishedOrSignedIn, create: isSignedIn, update: isSignedIn, delete: isSignedIn },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'body', type: 'textarea' },
  ],
}

export const publicChanges: PublicChangeEvent[] = []

/** The plugin alone in a minimal Payload config: no content model, no reference site. */
export function minimalConfig(
  databaseUrl: string,
  overrides: Partial<PublishWorkflowOptions> = {},
  /** A cron for the jobs queue's autoRun (e.g. every second in a test); none by default. */
  autoRunCron?: string,
): Promise<SanitizedConfig> {
  return buildConfig({
    secret: process.env.PAYLOAD_SECRET || 'workflow-test-secret',
    serverURL: 'http://localhost:3000',
    db: databaseAdapter(chooseDatabase(databaseUrl), { push: true }),
    email: emailAdapter({ smtpUrl: process.env.SMTP_URL, mailFrom: '"网站" <web@district.example>' }),
    collections: [Users, Posts],
    admin: { user: 'users' },
    telemetry: false,
    // Payload would otherwise spawn `payload generate:types` (for the reference config) at every start.
    typescript: { autoGenerate: false },
    jobs: { tasks: [], autoRun: autoRunCron ? [{ cron: autoRunCron, queue: 'default' }] : [] },
    logger: { options: { level: 'warn' } },
    plugins: [
      publishWorkflow({
        collections: {
          posts: {
            steps: [
              { name: 'first-review', label: { zh: '初审', en: 'First review' }, roles: ['reviewer'] },
              { name: 'final-review', label: { zh: '终审', en: 'Final review' }, roles: ['admin'] },
            ],
            addPublishedAtField: true,
          },
        },
        onPublicChange: (event) => {
          publicChanges.push(event)
        },
        // The tests run the queue themselves (payload.jobs.run): they are the runner.
        inProcessRunner: () => true,
        ...overrides,
      }),
    ],
  })
}
