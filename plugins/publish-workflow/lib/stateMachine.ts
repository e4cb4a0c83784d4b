import { userHasRole, type UserWithRoles } from '../../shared/access'
import { actions } from './constants'
import type { Label, ResolvedCollection, WorkflowAction, WorkflowData, WorkflowState } from '../types'

/** A refused transition: an HTTP status and a message in both admin languages. */
export type Refusal = { status: number; message: Label }

export type Transition = {
  from: WorkflowState
  to: WorkflowState
  /** Step index after the action (null outside review). */
  step: number | null
}

export const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object' && 'id' in (value as object)) return String((value as { id: unknown }).id)
  return String(value)
}

export const stateOf = (workflow: WorkflowData | null | undefined): WorkflowState => workflow?.state ?? 'draft'

/** May this user act on review step `index`? */
export function mayActOnStep(user: UserWithRoles, collection: ResolvedCollection, index: number): boolean {
  const step = collection.steps[index]
  if (!user || !step) return false
  if (step.roles?.length && userHasRole(user, ...step.roles)) return true
  return Boolean(step.users?.some((id) => String(id) === String(user.id)))
}

export const mayPublish = (user: UserWithRoles, collection: ResolvedCollection) =>
  userHasRole(user, 'admin', ...collection.publishRoles)

export const maySubmit = (user: UserWithRoles, collection: ResolvedCollection) =>
  userHasRole(user, 'admin', ...collection.submitRoles)

const refuse = (status: number, zh: string, en: string): Refusal => ({ status, message: { zh, en } })

/** What the audit log says about the current review round (see reviewRound.ts). */
export type RoundContext = {
  /** Ids of the people who approved an earlier step of this round. */
  approvers?: string[]
}

/**
 * Decides whether `action` is allowed for `user` on an item whose workflow data is
 * `workflow` (and whose public status is `status`), and what state follows. Pure: the
 * endpoints and the admin panel ask the same question.
 */
export function decide(
  action: WorkflowAction,
  workflow: WorkflowData | null | undefined,
  user: UserWithRoles,
  collection: ResolvedCollection,
  round: RoundContext = {},
): Transition | Refusal {
  const from = stateOf(workflow)
  const step = workflow?.step ?? 0
  const wrongState = (allowed: string) =>
    refuse(
      409,
      `当前状态（${from}）不能执行此操作，仅限：${allowed}`,
      `Action "${action}" is not allowed in state "${from}" (only in: ${allowed})`,
    )
  if (!user) return refuse(401, '请先登录', 'Sign in first')

  switch (action) {
    case 'submit':
      if (from !== 'draft') return wrongState('draft')
      if (!maySubmit(user, collection)) return refuse(403, '您无权提交审核', 'You may not submit items for review')
      return { from, to: 'in-review', step: 0 }

    case 'approve': {
      if (from !== 'in-review') return wrongState('in-review')
      if (!mayActOnStep(user, collection, step))
        return refuse(403, '您不是当前审核环节的审核人', 'You are not a reviewer of the current step')
      const me = String(user.id)
      if (idOf(workflow?.lastEditedBy) === me || idOf(workflow?.submittedBy) === me)
        return refuse(
          403,
          '不能审核自己最后修改或提交的稿件（审编分离）',
          'You cannot approve an item you last edited or submitted (separation of duties)',
        )
      if (round.approvers?.includes(me))
        return refuse(
          403,
          '您已审核过本稿件的前一环节，下一环节须由另一人审核（审编分离）',
          'You approved an earlier step of this review: another person must approve the next one (separation of duties)',
        )
      const last = step >= collection.steps.length - 1
      return last ? { from, to: 'approved', step: null } : { from, to: 'in-review', step: step + 1 }
    }

    case 'request-changes':
      if (from === 'in-review') {
        if (!mayActOnStep(user, collection, step))
          return refuse(403, '您不是当前审核环节的审核人', 'You are not a reviewer of the current step')
      } else if (from === 'approved') {
        if (!mayPublish(user, collection) && !mayActOnStep(user, collection, collection.steps.length - 1))
          return refuse(403, '您无权退回此稿件', 'You may not send this item back')
      } else return wrongState('in-review, approved')
      return { from, to: 'draft', step: null }

    case 'publish':
    case 'schedule':
      if (from !== 'approved') return wrongState('approved')
      if (!mayPublish(user, collection)) return refuse(403, '您无权发布或定时发布', 'You may not publish or schedule')
      return { from, to: action === 'publish' ? 'published' : 'approved', step: null }

    case 'cancel-schedule':
      if (!workflow?.scheduledPublishAt && !workflow?.scheduledUnpublishAt)
        return refuse(409, '没有待执行的定时操作', 'Nothing is scheduled')
      if (!mayPublish(user, collection)) return refuse(403, '您无权取消定时', 'You may not cancel a schedule')
      return { from, to: from, step: workflow?.step ?? null }

    case 'unpublish':
      if (from !== 'published' && from !== 'withdrawn') return wrongState('published, withdrawn')
      if (!mayPublish(user, collection)) return refuse(403, '您无权取消发布', 'You may not unpublish')
      return { from, to: 'draft', step: null }

    case 'withdraw':
      if (from !== 'published') return wrongState('published')
      if (!mayPublish(user, collection)) return refuse(403, '您无权撤回', 'You may not withdraw')
      return { from, to: 'withdrawn', step: null }

    case 'restore':
      if (from !== 'withdrawn') return wrongState('withdrawn')
      if (!mayPublish(user, collection)) return refuse(403, '您无权恢复发布', 'You may not restore')
      return { from, to: 'published', step: null }
  }
}

export const isRefusal = (result: Transition | Refusal): result is Refusal => 'status' in result

/** The actions this user may take now (for the admin panel). */
export function allowedActions(
  workflow: WorkflowData | null | undefined,
  user: UserWithRoles,
  collection: ResolvedCollection,
  round: RoundContext = {},
): WorkflowAction[] {
  return actions.filter((action) => !isRefusal(decide(action, workflow, user, collection, round)))
}
