import type { CollectionConfig } from 'payload'

import { userHasRole } from '../../shared/access'
import { actionLabels, INTERNAL, states, type AuditAction } from '../lib/constants'
import { workflowError } from '../lib/errors'
import { exportAuditCsv } from '../endpoints/exportCsv'
import { label, text } from '../translations'
import { slugOf } from '../types'

const stateOptions = states.map((value) => ({ value, label: label(`state-${value}`) }))

/**
 * The audit trail (审核记录). Entries are written only by the workflow itself: every API
 * refuses create, update and delete, and a hook refuses Local API writes that do not come
 * from the workflow, even with overrideAccess.
 */
export const auditLogCollection = (slug: string, usersCollection: string, readRoles: string[]): CollectionConfig => {
  const refuseOutsideWorkflow = ({ req }: { req: Parameters<typeof workflowError>[0] }) => {
    if (!req?.context?.[INTERNAL])
      throw workflowError(req, 403, {
        zh: '审核记录不可修改或删除',
        en: 'Audit log entries cannot be changed or deleted',
      })
  }
  return {
    slug,
    labels: { singular: text('auditSingular'), plural: text('auditPlural') },
    admin: {
      group: text('auditGroup'),
      useAsTitle: 'summary',
      defaultColumns: ['at', 'action', 'itemCollection', 'item', 'fromState', 'toState', 'user', 'comment'],
      description: text('auditDescription'),
    },
    access: {
      read: ({ req }) => userHasRole(req.user, 'admin', ...readRoles),
      create: () => false,
      update: () => false,
      delete: () => false,
    },
    hooks: {
      beforeChange: [
        ({ data, req }) => {
          refuseOutsideWorkflow({ req })
          return data
        },
      ],
      beforeDelete: [refuseOutsideWorkflow],
    },
    endpoints: [{ path: '/export.csv', method: 'get', handler: exportAuditCsv(slug, readRoles) }],
    timestamps: true,
    fields: [
      { name: 'summary', type: 'text', label: label('auditSummary') },
      { name: 'itemCollection', type: 'text', index: true, required: true, label: label('auditItemCollection') },
      { name: 'item', type: 'text', index: true, required: true, label: label('auditItem') },
      { name: 'itemTitle', type: 'text', label: label('auditItemTitle') },
      {
        name: 'action',
        type: 'select',
        index: true,
        required: true,
        label: label('auditAction'),
        options: (Object.keys(actionLabels) as AuditAction[]).map((value) => ({
          value,
          label: label(`action-${value}`),
        })),
      },
      { name: 'fromState', type: 'select', options: stateOptions, label: label('auditFromState') },
      { name: 'toState', type: 'select', options: stateOptions, label: label('auditToState') },
      { name: 'step', type: 'number', label: label('auditStep') },
      { name: 'stepName', type: 'text', label: label('auditStepName') },
      {
        name: 'user',
        type: 'relationship',
        relationTo: slugOf(usersCollection),
        index: true,
        label: label('auditUser'),
      },
      { name: 'userEmail', type: 'text', label: label('auditUserEmail') },
      { name: 'at', type: 'date', index: true, required: true, label: label('auditAt') },
      { name: 'comment', type: 'textarea', label: label('auditComment') },
      { name: 'scheduledFor', type: 'date', label: label('auditScheduledFor') },
      { name: 'withdrawalMode', type: 'text', label: label('auditWithdrawalMode') },
      { name: 'versionId', type: 'text', label: label('auditVersionId') },
      // Written by other plugins' hooks during the action, e.g. a word-check override and its reason.
      { name: 'notes', type: 'textarea', label: label('auditNotes') },
    ],
  }
}
