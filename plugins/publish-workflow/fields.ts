import type { Field } from 'payload'

import { isSignedIn } from '../shared/access'
import { stateLabels } from './lib/constants'
import { slugOf } from './types'

const readOnlyHidden = { readOnly: true, hidden: true } as const

/** Workflow internals (审核流程): written only by the plugin's actions, never shown to the public. */
export const workflowField = (usersCollection: string): Field => ({
  name: 'workflow',
  type: 'group',
  label: { zh: '审核流程', en: 'Workflow' },
  access: { read: isSignedIn },
  admin: readOnlyHidden,
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      label: { zh: '状态', en: 'State' },
      options: Object.entries(stateLabels).map(([value, label]) => ({ value, label })),
    },
    { name: 'step', type: 'number', label: { zh: '当前审核环节', en: 'Current step' } },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: slugOf(usersCollection),
      label: { zh: '提交人', en: 'Submitted by' },
    },
    {
      name: 'lastEditedBy',
      type: 'relationship',
      relationTo: slugOf(usersCollection),
      label: { zh: '最后修改人', en: 'Last edited by' },
    },
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: slugOf(usersCollection),
      label: { zh: '终审人', en: 'Approved by' },
    },
    { name: 'scheduledPublishAt', type: 'date', label: { zh: '定时发布时间', en: 'Scheduled publish' } },
    { name: 'scheduledUnpublishAt', type: 'date', label: { zh: '定时下线时间', en: 'Scheduled unpublish' } },
  ],
})

/** Withdrawal (撤回/撤销): what the public site reads to show a banner or answer 410. */
export const withdrawalField: Field = {
  name: 'withdrawal',
  type: 'group',
  label: { zh: '撤回信息', en: 'Withdrawal' },
  admin: readOnlyHidden,
  fields: [
    {
      name: 'mode',
      type: 'select',
      label: { zh: '方式', en: 'Mode' },
      options: [
        { value: 'withdrawn', label: { zh: '撤回（保留页面并说明）', en: 'Withdrawn (kept with explanation)' } },
        { value: 'removed', label: { zh: '撤销（页面不再公开）', en: 'Removed (no longer public)' } },
      ],
    },
    { name: 'reason', type: 'textarea', label: { zh: '说明', en: 'Explanation' } },
    { name: 'at', type: 'date', label: { zh: '撤回时间', en: 'Withdrawn at' } },
  ],
}

/** The first publish date (发布日期), for collections that do not define one themselves. */
export const publishedAtField = (name: string): Field => ({
  name,
  type: 'date',
  index: true,
  label: { zh: '发布日期', en: 'Published' },
  admin: {
    readOnly: true,
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description: { zh: '首次发布时由系统记录，不可修改', en: 'Set by the system on first publish; never changes' },
  },
})

/** The workflow panel in the edit view's sidebar. */
export const workflowPanelField: Field = {
  name: 'workflowPanel',
  type: 'ui',
  label: { zh: '审核流程', en: 'Workflow' },
  admin: {
    position: 'sidebar',
    components: { Field: 'gongkai/publish-workflow/admin/WorkflowPanel#WorkflowPanel' },
  },
}
