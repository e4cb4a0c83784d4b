import type { CollectionBeforeDeleteHook, CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { userHasRole } from '../../shared/access'
import { writeAuditEntry } from '../lib/audit'
import { INTERNAL } from '../lib/constants'
import { findLatest } from '../lib/documents'
import { workflowError } from '../lib/errors'
import { stateOf } from '../lib/stateMachine'
import { slugOf, type ResolvedCollection, type ResolvedOptions, type WorkflowDoc } from '../types'

type Id = number | string

/**
 * Published now, or ever: a first-publish date, a live version, or a published version in
 * the history (the history is trimmed, so each counts on its own).
 */
async function everPublished(req: PayloadRequest, collection: ResolvedCollection, doc: WorkflowDoc) {
  if (doc._status === 'published') return true
  if (collection.hasPublishedAt && doc[collection.publishedAtField]) return true
  const state = stateOf(doc.workflow)
  if (state === 'published' || state === 'withdrawn') return true
  const { totalDocs } = await req.payload.countVersions({
    collection: slugOf(collection.slug),
    where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * Deleting an item that is or was public erases it and its version history: only the
 * roles in `deleteRoles` (default: admin) may, and each such delete is audited. Others are
 * told to withdraw or remove it through the workflow. Bulk deletes are checked as a whole
 * before anything is deleted.
 */
export const guardDelete =
  (collection: ResolvedCollection): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'delete' || req.context?.[INTERNAL]) return args
    const a = args as { overrideAccess?: boolean; id?: Id; where?: Where }
    if (a.overrideAccess || userHasRole(req.user, ...collection.deleteRoles)) return args
    const where: Where | undefined = a.id !== undefined ? { id: { equals: a.id } } : a.where
    if (!where) return args
    const { docs } = await req.payload.find({
      collection: slugOf(collection.slug),
      where,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as unknown as WorkflowDoc[]) {
      if (!(await everPublished(req, collection, doc))) continue
      const title = String(doc[collection.titleField] ?? doc.id)
      throw workflowError(req, 403, {
        zh: `“${title}”已发布过，只有管理员可以删除；请通过审核流程撤回或撤下（withdraw）`,
        en: `“${title}” is or was published: only an administrator may delete it; withdraw or remove it through the workflow`,
      })
    }
    return args
  }

/** Writes the audit entry of a deleted item that is or was public, inside the delete's transaction. */
export const auditDelete =
  (options: ResolvedOptions, collection: ResolvedCollection): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const doc = await findLatest(req, collection.slug, String(id))
    if (!doc) return
    const live = doc._status === 'published' ? doc : await findLatestLive(req, collection, id)
    const subject = live ?? doc
    if (!(await everPublished(req, collection, subject)) && !(await everPublished(req, collection, doc))) return
    await writeAuditEntry(req, options, {
      collection,
      doc: subject,
      title: String(subject[collection.titleField] ?? id),
      action: 'delete',
      from: stateOf(subject.workflow),
      to: null,
      at: new Date().toISOString(),
    })
  }

async function findLatestLive(req: PayloadRequest, collection: ResolvedCollection, id: Id) {
  const main = (await req.payload.findByID({
    collection: slugOf(collection.slug),
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as unknown as WorkflowDoc | null
  return main
}
