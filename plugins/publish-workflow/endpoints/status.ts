import type { Endpoint, PayloadRequest } from 'payload'

import { userHasRole } from '../../shared/access'
import { findLatestReadable, findLive } from '../lib/documents'
import { workflowError } from '../lib/errors'
import { approversThisRound } from '../lib/reviewRound'
import { allowedActions, idOf, mayActOnStep, stateOf } from '../lib/stateMachine'
import { slugOf, type ResolvedCollection, type ResolvedOptions, type WorkflowAction } from '../types'

/** What the admin panel shows: state, step, who may act, history, allowed actions. */
export async function workflowStatus(
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: ResolvedCollection,
  id: string,
) {
  const latest = await findLatestReadable(req, collection.slug, id)
  if (!latest) return null
  const live = await findLive(req, collection.slug, latest)
  const approvers =
    stateOf(latest.workflow) === 'in-review' ? await approversThisRound(req, options, collection, id) : []
  const own = allowedActions(latest.workflow, req.user, collection, { approvers }).filter(
    (action) => !['unpublish', 'withdraw', 'restore'].includes(action),
  )
  const onLive: WorkflowAction[] = live
    ? allowedActions(live.workflow, req.user, collection).filter((action) =>
        ['unpublish', 'withdraw', 'restore', 'cancel-schedule'].includes(action),
      )
    : []
  const state = stateOf(latest.workflow)
  const step = state === 'in-review' ? (latest.workflow?.step ?? 0) : null
  // The history (reviewers' emails and comments) is the audit log's: shown only to those
  // who may read the log itself.
  const mayReadAudit = userHasRole(req.user, 'admin', ...options.auditReadRoles)
  const history = mayReadAudit
    ? await req.payload.find({
        collection: slugOf(options.auditLogSlug),
        where: { and: [{ itemCollection: { equals: collection.slug } }, { item: { equals: String(id) } }] },
        sort: '-at',
        limit: 50,
        depth: 0,
        overrideAccess: false,
        user: req.user,
      })
    : { docs: [] }
  const me = req.user ? String(req.user.id) : null
  return {
    state,
    liveState: live ? stateOf(live.workflow) : null,
    published: Boolean(live),
    step,
    steps: collection.steps.map((s, index) => ({
      index,
      name: s.name,
      label: s.label ?? { zh: s.name, en: s.name },
      roles: s.roles ?? [],
      current: index === step,
      mayAct: mayActOnStep(req.user, collection, index),
    })),
    mayActRoles:
      step !== null ? (collection.steps[step]?.roles ?? []) : state === 'approved' ? collection.publishRoles : [],
    // Separation of duties: tell the user why the approve button is missing.
    ownWork:
      me !== null &&
      (idOf(latest.workflow?.lastEditedBy) === me ||
        idOf(latest.workflow?.submittedBy) === me ||
        approvers.includes(me)),
    historyHidden: !mayReadAudit,
    scheduledPublishAt: latest.workflow?.scheduledPublishAt ?? null,
    scheduledUnpublishAt: live?.workflow?.scheduledUnpublishAt ?? null,
    withdrawal: live?.withdrawal ?? null,
    allowedActions: [...new Set([...own, ...onLive])],
    history: history.docs.map((entry) => {
      const e = entry as unknown as Record<string, unknown>
      return {
        action: e.action,
        fromState: e.fromState,
        toState: e.toState,
        stepName: e.stepName,
        userEmail: e.userEmail,
        at: e.at,
        comment: e.comment,
        scheduledFor: e.scheduledFor,
      }
    }),
  }
}

export const statusEndpoint = (options: ResolvedOptions, collection: ResolvedCollection): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw workflowError(req, 401, { zh: '请先登录', en: 'Sign in first' })
    const status = await workflowStatus(req, options, collection, String(req.routeParams?.id))
    if (!status) throw workflowError(req, 404, { zh: '条目不存在', en: 'Item not found' })
    return Response.json(status)
  },
})
