import { actionLabels, stateLabels } from '../lib/constants'

type Pair = { zh: string; en: string }

/** The workflow's admin texts (fields and the audit log), one entry per key in both languages. */
const fixed = {
  workflow: { zh: '审核流程', en: 'Workflow' },
  workflowState: { zh: '状态', en: 'State' },
  workflowStep: { zh: '当前审核环节', en: 'Current step' },
  workflowSubmittedBy: { zh: '提交人', en: 'Submitted by' },
  workflowLastEditedBy: { zh: '最后修改人', en: 'Last edited by' },
  workflowApprovedBy: { zh: '终审人', en: 'Approved by' },
  workflowScheduledPublishAt: { zh: '定时发布时间', en: 'Scheduled publish' },
  workflowScheduledUnpublishAt: { zh: '定时下线时间', en: 'Scheduled unpublish' },
  withdrawal: { zh: '撤回信息', en: 'Withdrawal' },
  withdrawalMode: { zh: '方式', en: 'Mode' },
  'withdrawalMode-withdrawn': { zh: '撤回（保留页面并说明）', en: 'Withdrawn (kept with explanation)' },
  'withdrawalMode-removed': { zh: '撤销（页面不再公开）', en: 'Removed (no longer public)' },
  withdrawalReason: { zh: '说明', en: 'Explanation' },
  withdrawalAt: { zh: '撤回时间', en: 'Withdrawn at' },
  publishedAt: { zh: '发布日期', en: 'Published' },
  publishedAtDescription: {
    zh: '首次发布时由系统记录，不可修改',
    en: 'Set by the system on first publish; never changes',
  },

  auditSingular: { zh: '审核记录', en: 'Audit entry' },
  auditPlural: { zh: '审核记录', en: 'Audit log' },
  auditGroup: { zh: '系统', en: 'System' },
  auditDescription: {
    zh: '每一次提交、审核、发布、撤回的记录，任何人不可修改或删除',
    en: 'Every submission, review, publication and withdrawal; nobody can change or delete an entry',
  },
  auditSummary: { zh: '摘要', en: 'Summary' },
  auditItemCollection: { zh: '集合', en: 'Collection' },
  auditItem: { zh: '条目 ID', en: 'Item ID' },
  auditItemTitle: { zh: '条目标题', en: 'Item title' },
  auditAction: { zh: '操作', en: 'Action' },
  auditFromState: { zh: '原状态', en: 'From' },
  auditToState: { zh: '新状态', en: 'To' },
  auditStep: { zh: '审核环节序号', en: 'Step number' },
  auditStepName: { zh: '审核环节', en: 'Step' },
  auditUser: { zh: '操作人', en: 'User' },
  auditUserEmail: { zh: '操作人邮箱', en: 'User email' },
  auditAt: { zh: '时间', en: 'Time' },
  auditComment: { zh: '意见/说明', en: 'Comment' },
  auditScheduledFor: { zh: '定时时间', en: 'Scheduled for' },
  auditWithdrawalMode: { zh: '撤回方式', en: 'Withdrawal mode' },
  auditVersionId: { zh: '版本 ID', en: 'Version ID' },
  auditNotes: { zh: '附注', en: 'Notes' },
} satisfies Record<string, Pair>

const prefixed = <P extends string, V extends string>(prefix: P, labels: Record<V, Pair>) =>
  Object.fromEntries(Object.entries<Pair>(labels).map(([value, pair]) => [`${prefix}-${value}`, pair])) as Record<
    `${P}-${V}`,
    Pair
  >

/** Every text, keyed; state and action names come from lib/constants (the mails and panel use them too). */
export const workflowTexts = {
  ...fixed,
  ...prefixed('state', stateLabels),
  ...prefixed('action', actionLabels),
}
