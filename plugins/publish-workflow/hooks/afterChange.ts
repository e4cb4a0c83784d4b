import type { CollectionAfterChangeHook } from 'payload'

import { writeAuditEntry } from '../lib/audit'
import { INTERNAL } from '../lib/constants'
import { latestVersionId } from '../lib/documents'
import { firePublicChange } from '../lib/publicChange'
import type { ResolvedCollection, ResolvedOptions, WorkflowDoc, WorkflowState } from '../types'

const RESET = 'publishWorkflowReset'

/**
 * Records a review restarted by an edit, and tells the public site about writes that reach
 * a published document outside the workflow's actions (trusted server code, e.g. an import).
 */
export const afterChange =
  (options: ResolvedOptions, collection: ResolvedCollection): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (req.context?.[INTERNAL]) return doc
    const item = doc as WorkflowDoc
    const reset = req.context?.[RESET] as { from: WorkflowState; step: number | null } | undefined
    if (reset) {
      req.context = { ...req.context, [RESET]: undefined }
      await writeAuditEntry(req, options, {
        collection,
        doc: item,
        title: String(item[collection.titleField] ?? item.id),
        action: 'edit-reset',
        from: reset.from,
        to: item.workflow?.state ?? 'draft',
        step: reset.step,
        versionId: await latestVersionId(req, collection.slug, item.id),
        at: new Date().toISOString(),
      })
    }
    if (item._status === 'published') {
      const wasPublished = (previousDoc as WorkflowDoc | undefined)?._status === 'published'
      await firePublicChange(
        req,
        options,
        collection.slug,
        item,
        operation === 'update' && wasPublished ? 'update' : 'publish',
      )
    }
    return doc
  }
