/** `req.context` key: set only by the plugin's own actions; lets them write workflow fields. */
export const INTERNAL = 'publishWorkflowInternal'
/** `req.context` key: set by beforeOperation for calls that run with access control on. */
export const UNTRUSTED = 'publishWorkflowUntrusted'
/** `req.context` key: the current create is a duplicate of another item (its workflow starts afresh). */
export const DUPLICATING = 'publishWorkflowDuplicating'
/** Set for a restore-version call, which guardOperation turns into a draft save. */
export const RESTORING = 'publishWorkflowRestoring'
/** `req.context` key: the action being performed (a WorkflowActionContext), for other plugins' hooks. */
export const ACTION_CONTEXT = 'publishWorkflowAction'
/**
 * `req.context` key: notes (strings) that other plugins' hooks add while an action writes; the
 * action's audit entry records them (e.g. a word-check override and its reason).
 */
export const AUDIT_NOTES = 'publishWorkflowAuditNotes'

export const states = ['draft', 'in-review', 'approved', 'published', 'withdrawn'] as const
export const actions = [
  'submit',
  'approve',
  'request-changes',
  'publish',
  'schedule',
  'cancel-schedule',
  'unpublish',
  'withdraw',
  'restore',
] as const

export const stateLabels = {
  draft: { zh: '草稿', en: 'Draft' },
  'in-review': { zh: '审核中', en: 'In review' },
  approved: { zh: '已审核', en: 'Approved' },
  published: { zh: '已发布', en: 'Published' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
} as const

export const actionLabels = {
  submit: { zh: '提交审核', en: 'Submit for review' },
  approve: { zh: '审核通过', en: 'Approve' },
  'request-changes': { zh: '退回修改', en: 'Request changes' },
  publish: { zh: '立即发布', en: 'Publish now' },
  schedule: { zh: '定时发布', en: 'Schedule publishing' },
  'cancel-schedule': { zh: '取消定时', en: 'Cancel schedule' },
  unpublish: { zh: '取消发布', en: 'Unpublish' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
  restore: { zh: '恢复发布', en: 'Restore' },
  // Audit-only entries
  'scheduled-publish': { zh: '定时发布执行', en: 'Scheduled publish ran' },
  'scheduled-unpublish': { zh: '定时下线执行', en: 'Scheduled unpublish ran' },
  'edit-reset': { zh: '修改后重新审核', en: 'Edited: review restarted' },
  delete: { zh: '删除', en: 'Deleted' },
} as const

export type AuditAction = keyof typeof actionLabels

type WithContext = { context?: Record<string, unknown> }

/**
 * Runs `write` with the internal flag on the request (so the guards let the workflow's own
 * writes through) and takes it off again, so that later operations on the same request are
 * guarded as usual.
 */
export async function asInternal<T>(req: WithContext, write: () => Promise<T>): Promise<T> {
  const previous = req.context?.[INTERNAL]
  req.context = { ...req.context, [INTERNAL]: true }
  try {
    return await write()
  } finally {
    if (req.context) req.context[INTERNAL] = previous
  }
}
