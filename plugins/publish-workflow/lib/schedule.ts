import type { PayloadRequest } from 'payload'

import type { ResolvedCollection, ResolvedOptions } from '../types'
import { workflowError } from './errors'

export const scheduledChangeTask = 'publishWorkflowScheduledChange'

export type ScheduledChangeInput = {
  collection: string
  id: string
  change: 'publish' | 'unpublish'
  at: string
  userId: string
  /** The version the schedule produced (its audit entry names the same one). */
  versionId?: string | null
  /** `updatedAt` of the revision the change acts on, as the schedule left it. */
  itemUpdatedAt?: string | null
}

/** A schedule time: an ISO 8601 instant with a time zone, in the future. */
export function parseScheduleTime(req: PayloadRequest, value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : ''
  const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)
    ? Date.parse(text)
    : NaN
  if (Number.isNaN(time))
    throw workflowError(req, 400, {
      zh: '时间（at）须为带时区的 ISO 8601 时间，如 2026-05-01T09:00:00+08:00',
      en: 'at must be an ISO 8601 time with a zone, e.g. 2026-05-01T09:00:00+08:00',
    })
  if (time <= Date.now())
    throw workflowError(req, 400, { zh: '定时时间不能早于当前时间', en: 'The scheduled time is in the past' })
  return new Date(time).toISOString()
}

export async function queueScheduledChange(
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: ResolvedCollection,
  id: string,
  change: 'publish' | 'unpublish',
  at: string,
  target: { versionId: string | null; itemUpdatedAt: unknown },
) {
  const input: ScheduledChangeInput = {
    collection: collection.slug,
    id,
    change,
    at,
    userId: String(req.user!.id),
    versionId: target.versionId,
    itemUpdatedAt: typeof target.itemUpdatedAt === 'string' ? target.itemUpdatedAt : null,
  }
  await req.payload.jobs.queue({
    task: scheduledChangeTask as never,
    input: input as never,
    queue: options.queue,
    waitUntil: new Date(at),
    req,
  })
}
