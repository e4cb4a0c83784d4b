import type { PayloadRequest } from 'payload'

import { slugOf, type ResolvedOptions, type WorkflowDoc } from '../types'
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
