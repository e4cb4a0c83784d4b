import type { CollectionBeforeChangeHook } from 'payload'

import { DUPLICATING, INTERNAL, RESTORING, UNTRUSTED } from '../lib/constants'
import { changedKeys } from '../lib/compare'
import { workflowError } from '../lib/errors'
import { stateOf } from '../lib/stateMachine'
import type { ResolvedCollection, WorkflowData, WorkflowDoc } from '../types'

/**
 * Keeps the workflow fields in the hands of the workflow: refuses direct writes to them,
 * records who edited last (for separation of duties) and restarts the review when an item
 * in review is edited.
 */
export const guardChange =
  (collection: ResolvedCollection): CollectionBeforeChangeHook =>
  ({ data, originalDoc, operation, req }) => {
    if (req.context?.[INTERNAL]) return data
    const original = (originalDoc ?? {}) as Partial<WorkflowDoc>
    const untrusted = Boolean(req.context?.[UNTRUSTED])

    if (operation === 'create' && req.context?.[DUPLICATING]) {
      // A copy is a new draft: it inherits neither the review, the withdrawal nor the publish date.
      data._status = 'draft'
      data.workflow = undefined
      data.withdrawal = { mode: null, reason: null, at: null }
      if (collection.hasPublishedAt) data[collection.publishedAtField] = null
    } else if (untrusted) {
      // Restoring hands this hook the old version's data, `_status: 'published'` included, and
      // Payload saves it as a draft afterwards (guardOperation forced `draft`): a draft it is.
      // Only the content comes back: the review state, withdrawal and publish date stay the current ones.
      if (req.context?.[RESTORING]) {
        if (data._status === 'published') data._status = 'draft'
        data.workflow = original.workflow
        data.withdrawal = original.withdrawal
        if (collection.hasPublishedAt) data[collection.publishedAtField] = original[collection.publishedAtField]
      }
      if (data._status === 'published')
        throw workflowError(req, 403, {
          zh: '不能直接发布：请通过审核流程提交，由有发布权限的人员发布',
          en: 'Direct publishing is not allowed: submit the item for review; a publisher publishes it through the workflow',
        })
      const touched = [
        ...changedKeys(data.workflow, operation === 'create' ? { state: 'draft' } : original.workflow).map(
          (key) => `workflow.${key}`,
        ),
        ...changedKeys(data.withdrawal, original.withdrawal).map((key) => `withdrawal.${key}`),
        ...(collection.hasPublishedAt
          ? changedKeys(data[collection.publishedAtField], original[collection.publishedAtField]).map(
              () => collection.publishedAtField,
            )
          : []),
      ]
      if (touched.length) {
        throw workflowError(req, 403, {
          zh: `审核流程字段只能通过审核操作修改（页面若已过期，请刷新后重试）：${touched.join(', ')}`,
          en: `Workflow fields change only through the workflow's actions (if the page is stale, reload it): ${touched.join(', ')}`,
        })
      }
    }

    const previous: WorkflowData = { ...(original.workflow ?? {}) }
    const next: WorkflowData =
      operation === 'create' ? { state: data._status === 'published' ? 'published' : 'draft' } : { ...previous }
    if (!untrusted && operation === 'create' && data.workflow && !req.context?.[DUPLICATING])
      Object.assign(next, data.workflow)
    if (req.user) next.lastEditedBy = req.user.id

    const state = stateOf(previous)
    if (operation === 'update' && data._status !== 'published') {
      // An edit to content under review voids the review so far.
      if ((state === 'in-review' || state === 'approved') && collection.onEditInReview !== 'keep') {
        if (collection.onEditInReview === 'draft') Object.assign(next, { state: 'draft', step: null })
        else Object.assign(next, { state: 'in-review', step: 0 })
        next.scheduledPublishAt = null
        req.context = { ...req.context, publishWorkflowReset: { from: state, step: previous.step ?? null } }
      } else if ((state === 'published' || state === 'withdrawn') && data._status === 'draft') {
        // A new revision of a live item: it needs its own review; the live version stays.
        Object.assign(next, { state: 'draft', step: null, submittedBy: null, approvedBy: null })
      }
    }
    if (!untrusted && data._status === 'published' && stateOf(next) !== 'withdrawn') next.state = 'published'
    return { ...data, workflow: next }
  }
