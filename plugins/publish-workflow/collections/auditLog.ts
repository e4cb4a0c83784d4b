import type { CollectionConfig } from 'payload'

import { userHasRole } from '../../shared/access'
import { actionLabels, INTERNAL, stateLabels } from '../lib/constants'
import { workflowError } from '../lib/errors'
import { exportAuditCsv } from '../endpoints/exportCsv'
import { slugOf } from '../types'

const stateOptions = Object.entries(stateLabels).map(([value, label]) => ({ value, label }))

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
    labels: { singular: { zh: '审核记录', en: 'Audit entry' }, plural: { zh: '审核记录', en: 'Audit log' } },
    admin: {
      group: { zh: '系统', en: 'System' },
      useAsTitle: 'summary',
      defaultColumns: ['at', 'action', 'itemCollection', 'item', 'fromState', 'toState', 'user', 'comment'],
      description: {
        zh: '每一次提交、审核、发布、撤回的记录，任何人不可修改或删除',
        en: 'Every submission, review, publication and withdrawal; nobody can change or delete an entry',
      },
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
      { name: 'summary', type: 'text', label: { zh: '摘要', en: 'Summary' } },
      { name: 'itemCollection', type: 'text', index: true, required: true, label: { zh: '集合', en: 'Collection' } },
      { name: 'item', type: 'text', index: true, required: true, label: { zh: '条目 ID', en: 'Item ID' } },
      { name: 'itemTitle', type: 'text', label: { zh: '条目标题', en: 'Item title' } },
      {
        name: 'action',
        type: 'select',
        index: true,
        required: true,
        label: { zh: '操作', en: 'Action' },
        options: Object.entries(actionLabels).map(([value, label]) => ({ value, label })),
      },
      { name: 'fromState', type: 'select', options: stateOptions, label: { zh: '原状态', en: 'From' } },
      { name: 'toState', type: 'select', options: stateOptions, label: { zh: '新状态', en: 'To' } },
      { name: 'step', type: 'number', label: { zh: '审核环节序号', en: 'Step number' } },
      { name: 'stepName', type: 'text', label: { zh: '审核环节', en: 'Step' } },
      {
        name: 'user',
        type: 'relationship',
        relationTo: slugOf(usersCollection),
        index: true,
        label: { zh: '操作人', en: 'User' },
      },
      { name: 'userEmail', type: 'text', label: { zh: '操作人邮箱', en: 'User email' } },
      { name: 'at', type: 'date', index: true, required: true, label: { zh: '时间', en: 'Time' } },
      { name: 'comment', type: 'textarea', label: { zh: '意见/说明', en: 'Comment' } },
      { name: 'scheduledFor', type: 'date', label: { zh: '定时时间', en: 'Scheduled for' } },
      { name: 'withdrawalMode', type: 'text', label: { zh: '撤回方式', en: 'Withdrawal mode' } },
      { name: 'versionId', type: 'text', label: { zh: '版本 ID', en: 'Version ID' } },
      // Written by other plugins' hooks during the action, e.g. a word-check override and its reason.
      { name: 'notes', type: 'textarea', label: { zh: '附注', en: 'Notes' } },
    ],
  }
}
