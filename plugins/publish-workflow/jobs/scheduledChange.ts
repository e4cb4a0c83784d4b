import type { PayloadRequest, TaskConfig } from 'payload'

import { performAction } from '../lib/perform'
import { findLatest, findLive } from '../lib/documents'
import { scheduledChangeTask, type ScheduledChangeInput } from '../lib/schedule'
import { slugOf, type ResolvedOptions } from '../types'

const sameInstant = (a: unknown, b: string) => typeof a === 'string' && Date.parse(a) === Date.parse(b)

/**
 * Publishes or takes down an item at its scheduled time (定时发布/下线), as the user who
 * scheduled it. A schedule that was cancelled or replaced since is skipped.
 */
export const scheduledChangeTaskConfig = (options: ResolvedOptions) =>
  ({
    slug: scheduledChangeTask,
    label: 'Publish workflow: scheduled publish/unpublish',
    retries: 2,
    inputSchema: [
      { name: 'collection', type: 'text', required: true },
      { name: 'id', type: 'text', required: true },
      { name: 'change', type: 'text', required: true },
      { name: 'at', type: 'text', required: true },
      { name: 'userId', type: 'text', required: true },
    ],
    outputSchema: [{ name: 'result', type: 'text' }],
    handler: async ({ input, req }: { input: ScheduledChangeInput; req: PayloadRequest }) => {
      const collection = options.collections[input.collection]
      if (!collection) return { output: { result: `unknown collection ${input.collection}` } }
      const latest = await findLatest(req, collection.slug, input.id)
      if (!latest) return { output: { result: 'item deleted' } }
      const target = input.change === 'publish' ? latest : await findLive(req, collection.slug, latest)
      const scheduled =
        input.change === 'publish' ? target?.workflow?.scheduledPublishAt : target?.workflow?.scheduledUnpublishAt
      if (!sameInstant(scheduled, input.at)) return { output: { result: 'schedule cancelled or replaced' } }

      const user = await req.payload
        .findByID({ collection: slugOf(options.usersCollection), id: input.userId, depth: 0, overrideAccess: true })
        .catch(() => null)
      if (!user) return { output: { result: 'scheduling user no longer exists' } }
      const actingReq = req as PayloadRequest
      actingReq.user = { ...user, collection: options.usersCollection } as PayloadRequest['user']
      await performAction(
        actingReq,
        options,
        collection,
        input.id,
        input.change,
        {},
        {
          auditAction: input.change === 'publish' ? 'scheduled-publish' : 'scheduled-unpublish',
        },
      )
      return { output: { result: 'done' } }
    },
  }) as unknown as TaskConfig
