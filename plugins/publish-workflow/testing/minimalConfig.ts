import { buildConfig, type CollectionConfig, type SanitizedConfig } from 'payload'

import { isSignedIn, publishedOrSignedIn } from '../../shared/access'
import { bareUsers } from '../../shared/testing/collections'
import { testDatabaseAdapter } from '../../shared/testing/database'
import { testEmailAdapter } from '../../shared/testing/email'
import { publishWorkflow } from '../index'
import type { PublishWorkflowOptions, PublicChangeEvent } from '../types'

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
export async function minimalConfig(
  databaseUrl: string,
  overrides: Partial<PublishWorkflowOptions> = {},
  /** A cron for the jobs queue's autoRun (e.g. every second in a test); none by default. */
  autoRunCron?: string,
): Promise<SanitizedConfig> {
  return buildConfig({
    secret: process.env.PAYLOAD_SECRET || 'workflow-test-secret',
    serverURL: 'http://localhost:3000',
    db: await testDatabaseAdapter(databaseUrl),
    email: testEmailAdapter(process.env.SMTP_URL, { name: '网站', address: 'web@district.example' }),
    collections: [bareUsers(), Posts],
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
