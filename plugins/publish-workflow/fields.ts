import type { Field } from 'payload'

import { isSignedIn } from '../shared/access'
import { publishedAtDateField } from '../shared/publishing/publishedAt'
import { states } from './lib/constants'
import { label, text } from './translations'
import { slugOf } from './types'

const readOnlyHidden = { readOnly: true, hidden: true } as const

/** Workflow internals (审核流程): written only by the plugin's actions, never shown to the public. */
export const workflowField = (usersCollection: string): Field => ({
  name: 'workflow',
  type: 'group',
  label: label('workflow'),
  access: { read: isSignedIn },
  admin: readOnlyHidden,
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      label: label('workflowState'),
      options: states.map((value) => ({ value, label: label(`state-${value}`) })),
    },
    { name: 'step', type: 'number', label: label('workflowStep') },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: slugOf(usersCollection),
      label: label('workflowSubmittedBy'),
    },
    {
      name: 'lastEditedBy',
      type: 'relationship',
      relationTo: slugOf(usersCollection),
      label: label('workflowLastEditedBy'),
    },
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: slugOf(usersCollection),
      label: label('workflowApprovedBy'),
    },
    { name: 'scheduledPublishAt', type: 'date', label: label('workflowScheduledPublishAt') },
    { name: 'scheduledUnpublishAt', type: 'date', label: label('workflowScheduledUnpublishAt') },
  ],
})

/** Withdrawal (撤回/撤销): what the public site reads to show a banner or answer 410. */
export const withdrawalField: Field = {
  name: 'withdrawal',
  type: 'group',
  label: label('withdrawal'),
  admin: readOnlyHidden,
  fields: [
    {
      name: 'mode',
      type: 'select',
      label: label('withdrawalMode'),
      options: [
        { value: 'withdrawn', label: label('withdrawalMode-withdrawn') },
        { value: 'removed', label: label('withdrawalMode-removed') },
      ],
    },
    { name: 'reason', type: 'textarea', label: label('withdrawalReason') },
    { name: 'at', type: 'date', label: label('withdrawalAt') },
  ],
}

/** The first publish date (发布日期), for collections that do not define one themselves. */
export const publishedAtField = (name: string): Field =>
  publishedAtDateField(name, { label: label('publishedAt'), description: label('publishedAtDescription') })

/** The workflow panel in the edit view's sidebar. */
export const workflowPanelField: Field = {
  name: 'workflowPanel',
  type: 'ui',
  label: text('workflow'),
  admin: {
    position: 'sidebar',
    components: { Field: 'gongkai/publish-workflow/admin/WorkflowPanel#WorkflowPanel' },
  },
}
