import type { PayloadRequest } from 'payload'

import { slugOf, type ResolvedCollection, type ResolvedOptions, type WorkflowDoc, type WorkflowState } from '../types'
import { actionLabels, asInternal, AUDIT_NOTES, type AuditAction } from './constants'

export type AuditEntry = {
  collection: ResolvedCollection
  doc: WorkflowDoc
  title: string
  action: AuditAction
  from: WorkflowState
  /** null: the item is gone (deleted). */
  to: WorkflowState | null
  step?: number | null
  comment?: string
  scheduledFor?: string | null
  withdrawalMode?: string
  versionId?: string | null
  at: string
}

/** Appends one entry to the audit log, inside the caller's transaction. */
export async function writeAuditEntry(req: PayloadRequest, options: ResolvedOptions, entry: AuditEntry) {
  // Other plugins' hooks may have added notes while this action wrote the item.
  const notes = req.context?.[AUDIT_NOTES]
  if (req.context) req.context[AUDIT_NOTES] = undefined
  const noteText = Array.isArray(notes) && notes.length ? notes.map(String).join('\n').slice(0, 4000) : null
  const step = entry.step !== null && entry.step !== undefined ? entry.collection.steps[entry.step] : undefined
  await asInternal(req, () =>
    req.payload.create({
      collection: slugOf(options.auditLogSlug),
      data: {
        summary: `${actionLabels[entry.action].zh} · ${entry.title}`.slice(0, 200),
        itemCollection: entry.collection.slug,
        item: String(entry.doc.id),
        itemTitle: entry.title.slice(0, 500),
        action: entry.action,
        fromState: entry.from,
        toState: entry.to,
        step: step ? entry.step! + 1 : null,
        stepName: step ? (step.label?.zh ?? step.name) : null,
        user: req.user?.id ?? null,
        userEmail: req.user?.email ?? null,
        at: entry.at,
        comment: entry.comment ?? null,
        scheduledFor: entry.scheduledFor ?? null,
        withdrawalMode: entry.withdrawalMode ?? null,
        versionId: entry.versionId ?? null,
        notes: noteText,
      } as never,
      overrideAccess: true,
      req,
    }),
  )
}
