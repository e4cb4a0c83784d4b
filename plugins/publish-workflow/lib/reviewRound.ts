import type { PayloadRequest } from 'payload'

import { slugOf, type ResolvedCollection, type ResolvedOptions } from '../types'
import { idOf } from './stateMachine'

/** Audit actions that start a review round afresh: earlier approvals no longer count. */
const roundStarts = new Set(['submit', 'edit-reset', 'request-changes'])

/**
 * The people who approved a step of the item's current review round, newest first, from
 * the audit log (the record of who did what). Separation of duties counts people: one user
 * holding the roles of two steps may still clear only one of them.
 */
export async function approversThisRound(
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: ResolvedCollection,
  id: number | string,
): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: slugOf(options.auditLogSlug),
    where: { and: [{ itemCollection: { equals: collection.slug } }, { item: { equals: String(id) } }] },
    sort: '-at',
    limit: 100,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const approvers: string[] = []
  for (const entry of docs as unknown as { action: string; user?: unknown }[]) {
    if (roundStarts.has(entry.action)) break
    const user = idOf(entry.user)
    if (entry.action === 'approve' && user) approvers.push(user)
  }
  return approvers
}
