import type { PayloadRequest } from 'payload'

import { slugOf, type ResolvedOptions, type WorkflowDoc } from '../types'
import { findLatest } from './documents'
import { scheduledChangeTask, type ScheduledChangeInput } from './schedule'
import { idOf, mayActOnStep, mayPublish, stateOf } from './stateMachine'

export type QueueItem = {
  collection: string
  id: string
  title: string
  state: string
  step: number | null
  stepLabel: { zh: string; en: string } | null
  updatedAt: string | null
  /** 'review' (act on a step) or 'publish' (approved, awaiting a publisher). */
  awaiting: 'review' | 'publish'
}

/** What awaits the signed-in user (待我审核/待我发布), newest first. */
export async function reviewQueue(req: PayloadRequest, options: ResolvedOptions): Promise<QueueItem[]> {
  const user = req.user
  if (!user) return []
  const me = String(user.id)
  const items: QueueItem[] = []
  for (const collection of Object.values(options.collections)) {
    const found = await req.payload.find({
      collection: slugOf(collection.slug),
      draft: true,
      where: { 'workflow.state': { in: ['in-review', 'approved'] } },
      sort: '-updatedAt',
      limit: 500,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const raw of found.docs) {
      const doc = raw as unknown as WorkflowDoc
      const state = stateOf(doc.workflow)
      const step = doc.workflow?.step ?? 0
      const own = idOf(doc.workflow?.lastEditedBy) === me || idOf(doc.workflow?.submittedBy) === me
      let awaiting: QueueItem['awaiting'] | null = null
      if (state === 'in-review' && mayActOnStep(user, collection, step) && !own) awaiting = 'review'
      if (state === 'approved' && mayPublish(user, collection) && !doc.workflow?.scheduledPublishAt)
        awaiting = 'publish'
      if (!awaiting) continue
      const s = state === 'in-review' ? collection.steps[step] : undefined
      items.push({
        collection: collection.slug,
        id: String(doc.id),
        title: String(doc[collection.titleField] ?? doc.id),
        state,
        step: state === 'in-review' ? step : null,
        stepLabel: s ? (s.label ?? { zh: s.name, en: s.name }) : null,
        updatedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : null,
        awaiting,
      })
    }
  }
  return items.sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)))
}

export type FailedSchedule = {
  job: string
  collection: string
  id: string
  title: string
  change: string
  at: string
  userId: string
  /** Why it did not run: the last error, or the reason it was refused. */
  reason: string
  /** Refused without trying (stale or unbacked job) rather than failed after retries. */
  refused: boolean
  attempts: number
  updatedAt: string | null
}

type JobRow = {
  id: number | string
  input?: Partial<ScheduledChangeInput> | null
  error?: { message?: string; cancelled?: boolean } | null
  totalTried?: number | null
  updatedAt?: string | null
}

/** Scheduled changes that did not happen (failed after their retries, or refused), newest first. */
export async function failedSchedules(req: PayloadRequest, options: ResolvedOptions): Promise<FailedSchedule[]> {
  const jobs = await req.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: scheduledChangeTask } }, { hasError: { equals: true } }] },
    sort: '-updatedAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const rows: FailedSchedule[] = []
  for (const raw of jobs.docs) {
    const job = raw as unknown as JobRow
    const input = job.input ?? {}
    const collection = input.collection ? options.collections[input.collection] : undefined
    const doc = collection && input.id ? await findLatest(req, collection.slug, String(input.id)) : null
    rows.push({
      job: String(job.id),
      collection: String(input.collection ?? ''),
      id: String(input.id ?? ''),
      title: doc && collection ? String(doc[collection.titleField] ?? doc.id) : String(input.id ?? ''),
      change: String(input.change ?? ''),
      at: String(input.at ?? ''),
      userId: String(input.userId ?? ''),
      reason: job.error?.message ?? '',
      refused: Boolean(job.error?.cancelled),
      attempts: job.totalTried ?? 0,
      updatedAt: job.updatedAt ?? null,
    })
  }
  return rows
}
