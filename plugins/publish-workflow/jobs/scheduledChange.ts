import { JobCancelledError, type PayloadRequest, type TaskConfig } from 'payload'

import { performAction } from '../lib/perform'
import { findLatest, findLive } from '../lib/documents'
import { scheduledChangeTask, type ScheduledChangeInput } from '../lib/schedule'
import { mayPublish } from '../lib/stateMachine'
import { sendWorkflowMail } from '../notifications/notify'
import { slugOf, type ResolvedCollection, type ResolvedOptions, type WorkflowDoc } from '../types'

const sameInstant = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' && Date.parse(a) === Date.parse(b)

/** Retries of a failing change: after 10 s, 20 s, 40 s; then it is reported. */
export const scheduledChangeRetries = { attempts: 3, backoff: { type: 'exponential' as const, delay: 10_000 } }

type JobArgs = { input: ScheduledChangeInput; req: PayloadRequest; job: { id: number | string; totalTried?: number } }
type SchedulingUser = NonNullable<PayloadRequest['user']>

/**
 * The schedule the job claims to carry out must be one somebody made: the audit log (which
 * no API can write) holds its entry, by the same user, for the same time and version.
 */
async function scheduleOnRecord(req: PayloadRequest, options: ResolvedOptions, input: ScheduledChangeInput) {
  if (!input.versionId) return false
  const entries = await req.payload.find({
    collection: slugOf(options.auditLogSlug),
    where: {
      and: [
        { itemCollection: { equals: input.collection } },
        { item: { equals: String(input.id) } },
        { action: { equals: input.change === 'publish' ? 'schedule' : 'unpublish' } },
        { versionId: { equals: input.versionId } },
      ],
    },
    depth: 0,
    limit: 10,
    overrideAccess: true,
    req,
  })
  return entries.docs.some((raw) => {
    const entry = raw as unknown as { user?: unknown; scheduledFor?: unknown }
    const user = typeof entry.user === 'object' && entry.user ? (entry.user as { id: unknown }).id : entry.user
    return String(user) === String(input.userId) && sameInstant(entry.scheduledFor, input.at)
  })
}

async function schedulingUser(req: PayloadRequest, options: ResolvedOptions, id: unknown) {
  if (typeof id !== 'string' && typeof id !== 'number') return null
  const user = await req.payload
    .findByID({ collection: slugOf(options.usersCollection), id, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  return user ? ({ ...user, collection: options.usersCollection } as unknown as SchedulingUser) : null
}

/** Tells the scheduling user (when there still is one) that their change did not happen. */
async function reportToScheduler(
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: ResolvedCollection,
  user: SchedulingUser | null,
  doc: WorkflowDoc,
  input: ScheduledChangeInput,
  reason: string,
) {
  if (!user) return
  await sendWorkflowMail(req, options, collection, 'schedule-failed', [user], {
    doc,
    title: String(doc[collection.titleField] ?? doc.id),
    comment: reason,
    at: input.at,
    change: input.change,
  })
}

/**
 * Publishes or takes down an item at its scheduled time (定时发布/下线), as the user who
 * scheduled it. A schedule that was cancelled or replaced since is skipped quietly. A job
 * that no recorded schedule backs, whose user may no longer do it, or whose item changed
 * since, does nothing: it is cancelled with its reason (admins see it among the failed
 * schedules), logged once and mailed to the scheduler. A change that fails is retried with
 * backoff and, after the last attempt, logged once with its cause and mailed the same way.
 */
export const scheduledChangeTaskConfig = (options: ResolvedOptions) =>
  ({
    slug: scheduledChangeTask,
    label: 'Publish workflow: scheduled publish/unpublish',
    retries: scheduledChangeRetries,
    inputSchema: [
      { name: 'collection', type: 'text', required: true },
      { name: 'id', type: 'text', required: true },
      { name: 'change', type: 'text', required: true },
      { name: 'at', type: 'text', required: true },
      { name: 'userId', type: 'text', required: true },
      { name: 'versionId', type: 'text' },
      { name: 'itemUpdatedAt', type: 'text' },
    ],
    outputSchema: [{ name: 'result', type: 'text' }],
    handler: async ({ input, req, job }: JobArgs) => {
      const logger = req.payload.logger
      const what = `publish-workflow: scheduled ${input.change} of ${input.collection} ${input.id} at ${input.at}`
      const collection = options.collections[input.collection]
      const refuse = async (reason: string, user: SchedulingUser | null = null, doc?: WorkflowDoc | null) => {
        logger.warn(`${what} did not run: ${reason}`)
        if (collection && doc) await reportToScheduler(req, options, collection, user, doc, input, reason)
        throw new JobCancelledError(reason)
      }
      if (!collection || (input.change !== 'publish' && input.change !== 'unpublish'))
        return refuse('the job names no workflow collection or change')
      const latest = await findLatest(req, collection.slug, String(input.id))
      if (!latest) return { output: { result: 'item deleted' } }
      const target = input.change === 'publish' ? latest : await findLive(req, collection.slug, latest)
      const scheduled =
        input.change === 'publish' ? target?.workflow?.scheduledPublishAt : target?.workflow?.scheduledUnpublishAt
      if (!target || !sameInstant(scheduled, input.at)) return { output: { result: 'schedule cancelled or replaced' } }

      const user = await schedulingUser(req, options, input.userId)
      if (!(await scheduleOnRecord(req, options, input)))
        return refuse('no schedule on record matches this job (user, time or version)', null, target)
      if (!user) return refuse('the user who scheduled it no longer exists', null, target)
      if (!mayPublish(user, collection)) return refuse('the user who scheduled it may no longer publish', user, target)
      if (!sameInstant(target.updatedAt, input.itemUpdatedAt))
        return refuse('the item changed after it was scheduled', user, target)

      const actingReq = req as PayloadRequest
      actingReq.user = user
      try {
        await performAction(
          actingReq,
          options,
          collection,
          String(input.id),
          input.change,
          {},
          { auditAction: input.change === 'publish' ? 'scheduled-publish' : 'scheduled-unpublish' },
        )
      } catch (error) {
        const attempt = (job.totalTried ?? 0) + 1
        if (attempt <= scheduledChangeRetries.attempts) {
          logger.debug({ err: error, msg: `${what}: attempt ${attempt} failed, will retry` })
        } else {
          logger.error({ err: error, msg: `${what} failed after ${attempt} attempts` })
          await reportToScheduler(req, options, collection, user, target, input, String(error))
        }
        throw error
      }
      return { output: { result: 'done' } }
    },
  }) as unknown as TaskConfig
