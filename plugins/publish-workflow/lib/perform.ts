import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { seedPublishedAtKey } from '../../shared/publishing/publishedAt'
import { authorOf, reviewersOfStep, sendWorkflowMail } from '../notifications/notify'
import type {
  ActionInput,
  ResolvedCollection,
  ResolvedOptions,
  WorkflowAction,
  WorkflowActionContext,
  WorkflowData,
  WorkflowDoc,
} from '../types'
import { writeAuditEntry } from './audit'
import { ACTION_CONTEXT, AUDIT_NOTES, type AuditAction } from './constants'
import { findLatestReadable, findLive, latestVersionId, writeDraft, writeLive } from './documents'
import { workflowError } from './errors'
import { firePublicChange } from './publicChange'
import { decide, idOf, isRefusal, stateOf } from './stateMachine'
import { assertJobRunner } from './runner'
import { approversThisRound } from './reviewRound'
import { parseScheduleTime, queueScheduledChange } from './schedule'

const liveSide = new Set<WorkflowAction>(['unpublish', 'withdraw', 'restore'])
const maxText = 2000

const titleOf = (collection: ResolvedCollection, doc: WorkflowDoc) =>
  String(doc[collection.titleField] ?? '') || String(doc.id)

function cleanText(req: PayloadRequest, value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string')
    throw workflowError(req, 400, { zh: `${name} 必须是文本`, en: `${name} must be a string` })
  const text = value.trim()
  if (text.length > maxText)
    throw workflowError(req, 400, {
      zh: `${name} 过长（最多 ${maxText} 字）`,
      en: `${name} is too long (at most ${maxText} characters)`,
    })
  return text || undefined
}

export type PerformOptions = {
  /** Set by the job runner: the audit says the schedule ran, not the user clicked. */
  auditAction?: AuditAction
  /** Trusted server code vouches that a runner will run the schedule (see workflowAction). */
  runnerExpectedLater?: boolean
}

/**
 * Performs one workflow action for `req.user` on an item: checks the transition, writes the
 * item and its audit entry in one transaction, then mails and tells the public site.
 */
export async function performAction(
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: ResolvedCollection,
  id: string,
  requested: WorkflowAction,
  input: ActionInput,
  perform: PerformOptions = {},
): Promise<WorkflowDoc> {
  const comment = cleanText(req, input.comment, 'comment')
  const reason = cleanText(req, input.reason, 'reason') ?? (requested === 'withdraw' ? comment : undefined)
  // "publish" / "unpublish" with a time are schedules.
  const at = input.at !== undefined && input.at !== null && input.at !== '' ? parseScheduleTime(req, input.at) : null
  // The job runner itself re-runs `publish`/`unpublish` without a time; only new schedules are checked.
  if (at && !perform.runnerExpectedLater) await assertJobRunner(req, options)
  const action: WorkflowAction = requested === 'publish' && at ? 'schedule' : requested
  if (action === 'schedule' && !at)
    throw workflowError(req, 400, { zh: '定时发布需要时间（at）', en: 'Scheduling needs a time (at)' })
  if (action === 'request-changes' && !comment)
    throw workflowError(req, 400, { zh: '退回修改必须填写意见', en: 'Requesting changes needs a comment' })
  if (action === 'withdraw') {
    if (!reason) throw workflowError(req, 400, { zh: '撤回必须填写说明', en: 'Withdrawing needs an explanation' })
    if (input.mode !== 'withdrawn' && input.mode !== 'removed')
      throw workflowError(req, 400, {
        zh: '撤回方式（mode）必须是 withdrawn 或 removed',
        en: 'mode must be "withdrawn" or "removed"',
      })
  }

  const latest = await findLatestReadable(req, collection.slug, id)
  if (!latest) throw workflowError(req, 404, { zh: '条目不存在', en: 'Item not found' })
  // The revision this decision is about; an edit saved meanwhile makes the decision stale.
  const decidedOn = await latestVersionId(req, collection.slug, id)
  const live = await findLive(req, collection.slug, latest)
  const usesLive = liveSide.has(action) || (action === 'cancel-schedule' && !latest.workflow?.scheduledPublishAt)
  const base = usesLive ? live : latest
  if (!base) throw workflowError(req, 409, { zh: '条目尚未发布', en: 'The item is not published' })

  const round = action === 'approve' ? { approvers: await approversThisRound(req, options, collection, id) } : undefined
  const decision = decide(action, base.workflow, req.user, collection, round)
  if (isRefusal(decision)) throw workflowError(req, decision.status, decision.message)
  if (action === 'unpublish' && at && base.workflow?.scheduledUnpublishAt)
    throw workflowError(req, 409, { zh: '已设置定时下线', en: 'An unpublish is already scheduled' })

  const now = new Date().toISOString()
  const user = req.user!
  const workflow: WorkflowData = { ...(base.workflow ?? {}), state: decision.to, step: decision.step }
  let result: WorkflowDoc
  let auditAction: AuditAction = perform.auditAction ?? action
  let stepIndex: number | null = base.workflow?.step ?? null

  const actionContext: WorkflowActionContext = {
    action,
    collection: collection.slug,
    id,
    extensions: input.extensions ?? {},
  }
  req.context = { ...req.context, [ACTION_CONTEXT]: actionContext, [AUDIT_NOTES]: [] }
  const shouldCommit = await initTransaction(req)
  try {
    if ((await latestVersionId(req, collection.slug, id)) !== decidedOn)
      throw workflowError(req, 409, {
        zh: '条目刚被其他人修改，请刷新后重试',
        en: 'The item was changed by someone else meanwhile; reload it and try again',
      })
    switch (action) {
      case 'submit':
        workflow.submittedBy = user.id
        workflow.approvedBy = null
        stepIndex = null
        result = await writeDraft(req, collection.slug, id, { workflow })
        break
      case 'approve':
        if (decision.to === 'approved') workflow.approvedBy = user.id
        result = await writeDraft(req, collection.slug, id, { workflow })
        break
      case 'request-changes':
        workflow.scheduledPublishAt = null
        result = await writeDraft(req, collection.slug, id, { workflow })
        break
      case 'schedule':
        workflow.scheduledPublishAt = at
        result = await writeDraft(req, collection.slug, id, { workflow })
        break
      case 'cancel-schedule':
        if (usesLive) {
          workflow.scheduledUnpublishAt = null
          result = await writeLive(req, collection.slug, base, { workflow }, 'published')
        } else {
          workflow.scheduledPublishAt = null
          result = await writeDraft(req, collection.slug, id, { workflow })
        }
        break
      case 'publish': {
        workflow.scheduledPublishAt = null
        const data: Record<string, unknown> = { workflow, withdrawal: { mode: null, reason: null, at: null } }
        // The publish-date hook (stampPublishedAt, installed by this plugin) stamps the first
        // publication with the action's own instant, the one the audit entry records.
        const previous = req.context?.[seedPublishedAtKey]
        req.context = { ...req.context, [seedPublishedAtKey]: now }
        try {
          // Exactly the revision that was reviewed, not whatever is newest by now.
          result = await writeLive(req, collection.slug, latest, data, 'published')
        } finally {
          req.context = { ...req.context, [seedPublishedAtKey]: previous }
        }
        break
      }
      case 'unpublish':
        if (at) {
          // Only the time is recorded now; the job takes the item down.
          Object.assign(workflow, { state: base.workflow?.state, scheduledUnpublishAt: at })
          result = await writeLive(req, collection.slug, base, { workflow }, 'published')
        } else {
          workflow.scheduledUnpublishAt = null
          result = await writeLive(req, collection.slug, base, { workflow }, 'draft')
        }
        break
      case 'withdraw':
        workflow.scheduledUnpublishAt = null
        result = await writeLive(
          req,
          collection.slug,
          base,
          { workflow, withdrawal: { mode: input.mode, reason, at: now } },
          'published',
        )
        break
      case 'restore':
        result = await writeLive(
          req,
          collection.slug,
          base,
          { workflow, withdrawal: { mode: null, reason: null, at: null } },
          'published',
        )
        break
    }
    if (action === 'unpublish' && at) auditAction = perform.auditAction ?? 'unpublish'
    const versionId = await latestVersionId(req, collection.slug, id)
    await writeAuditEntry(req, options, {
      collection,
      doc: result,
      title: titleOf(collection, result),
      action: auditAction,
      from: stateOf(base.workflow),
      to: decision.to,
      step: action === 'approve' || action === 'request-changes' ? stepIndex : null,
      comment: action === 'withdraw' ? reason : comment,
      scheduledFor: at,
      withdrawalMode: action === 'withdraw' ? input.mode : undefined,
      versionId,
      at: now,
    })
    if (at)
      await queueScheduledChange(req, options, collection, id, action === 'schedule' ? 'publish' : 'unpublish', at, {
        versionId,
        itemUpdatedAt: result.updatedAt,
      })
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  } finally {
    req.context[ACTION_CONTEXT] = undefined
    req.context[AUDIT_NOTES] = undefined
  }

  await afterAction(req, options, collection, action, result, { comment, reason, now, mode: input.mode })
  return result
}

async function afterAction(
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: ResolvedCollection,
  action: WorkflowAction,
  doc: WorkflowDoc,
  extra: { comment?: string; reason?: string; now: string; mode?: string },
) {
  const title = titleOf(collection, doc)
  const vars = { doc, title, comment: extra.comment }
  const state = stateOf(doc.workflow)
  switch (action) {
    case 'submit':
    case 'approve':
      if (state === 'in-review') {
        const step = doc.workflow?.step ?? 0
        // Whoever wrote or submitted the item cannot approve it: no point asking them.
        const authors = new Set([idOf(doc.workflow?.submittedBy), idOf(doc.workflow?.lastEditedBy)])
        const reviewers = (await reviewersOfStep(req, options, collection, step)).filter(
          (user) => !authors.has(String(user.id)),
        )
        await sendWorkflowMail(req, options, collection, 'review-requested', reviewers, { ...vars, stepIndex: step })
      } else if (state === 'approved') {
        await sendWorkflowMail(req, options, collection, 'approved', await authorOf(req, options, doc), vars)
      }
      break
    case 'request-changes':
      await sendWorkflowMail(req, options, collection, 'changes-requested', await authorOf(req, options, doc), vars)
      break
    case 'publish':
      await sendWorkflowMail(req, options, collection, 'published', await authorOf(req, options, doc), {
        ...vars,
        at: extra.now,
      })
      await firePublicChange(req, options, collection.slug, doc, 'publish')
      break
    case 'withdraw':
      await sendWorkflowMail(req, options, collection, 'withdrawn', await authorOf(req, options, doc), {
        ...vars,
        comment: extra.reason,
      })
      await firePublicChange(req, options, collection.slug, doc, extra.mode === 'removed' ? 'remove' : 'withdraw')
      break
    case 'restore':
      await firePublicChange(req, options, collection.slug, doc, 'restore')
      break
    case 'unpublish':
      if (doc._status !== 'published') await firePublicChange(req, options, collection.slug, doc, 'unpublish')
      break
    default:
      break
  }
}
