import type { CollectionConfig, CollectionSlug, Endpoint, Field } from 'payload'

import { isAdmin, isAdminField } from '../../shared/access'
import { attachmentsSlug, lettersSlug, mailboxesSlug } from '../access/handledMailboxes'
import { canEnterLetters, lettersOfHandledMailboxes, nobody, personalDataAccess } from '../access/letterAccess'
import { inGroup, inRow, topLevel, unchangeable } from '../access/systemFields'
import { deleteAttachmentsWithLetter, moveAttachmentsWithLetter } from '../hooks/attachmentsFollowLetter'
import { deadlineFlag, deadlineFlags } from '../hooks/deadlineFlag'
import { prepareLetter } from '../hooks/prepareLetter'
import { notifyOnLetterChange } from '../hooks/notifyOnLetterChange'
import { letterLimits } from '../lib/limits'
import type { ResolvedMailboxesOptions } from '../types'
import { letterCategories, letterSources, letterStates } from '../types'

const personal = { read: personalDataAccess }
const readOnly = { create: () => false, update: () => false }

/** Letters to the leadership mailboxes (来信), from the public form or entered by staff. */
export function createLettersCollection(
  options: ResolvedMailboxesOptions,
  timeZone: string,
  endpoints: Endpoint[] = [],
): CollectionConfig {
  const fields: Field[] = [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          unique: true,
          index: true,
          label: { zh: '来信编号', en: 'Letter number' },
          access: readOnly,
          admin: { readOnly: true, description: { zh: '系统生成，如 2026-000123', en: 'Given by the system' } },
        },
        {
          name: 'state',
          type: 'select',
          required: true,
          defaultValue: 'received',
          index: true,
          options: letterStates.map((s) => ({ ...s })),
          label: { zh: '办理状态', en: 'State' },
        },
        {
          name: 'deadlineFlag',
          type: 'select',
          virtual: true,
          options: deadlineFlags,
          label: { zh: '期限提示', en: 'Deadline' },
          admin: { readOnly: true },
          hooks: { afterRead: [deadlineFlag(timeZone)] },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'mailbox',
          type: 'relationship',
          relationTo: mailboxesSlug,
          required: true,
          index: true,
          label: { zh: '信箱', en: 'Mailbox' },
        },
        {
          name: 'source',
          type: 'select',
          required: true,
          defaultValue: 'online',
          options: letterSources.map((s) => ({ ...s })),
          label: { zh: '来源', en: 'Source' },
        },
        {
          name: 'category',
          type: 'select',
          required: true,
          options: letterCategories.map((c) => ({ ...c })),
          label: { zh: '类别', en: 'Category' },
        },
      ],
    },
    {
      name: 'subject',
      type: 'text',
      required: true,
      maxLength: letterLimits.subject,
      label: { zh: '标题', en: 'Subject' },
    },
    {
      name: 'content',
      type: 'textarea',
      required: true,
      maxLength: letterLimits.content,
      label: { zh: '内容', en: 'Content' },
    },
    {
      type: 'collapsible',
      label: { zh: '来信人（个人信息）', en: 'Writer (personal data)' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'writerName',
              type: 'text',
              required: true,
              maxLength: letterLimits.name,
              access: personal,
              label: { zh: '姓名', en: 'Name' },
            },
            {
              name: 'phone',
              type: 'text',
              maxLength: letterLimits.phone,
              access: personal,
              label: { zh: '电话', en: 'Phone' },
            },
            { name: 'email', type: 'email', access: personal, label: { zh: '电子邮箱', en: 'E-mail' } },
          ],
        },
        {
          name: 'consentToPublish',
          type: 'checkbox',
          defaultValue: false,
          // The writer's word, recorded when the letter comes in (form, or staff taking a call); no one changes it later.
          access: unchangeable({
            name: 'consentToPublish',
            label: { zh: '同意公开', en: 'Consent to publish' },
            stored: topLevel('consentToPublish'),
            onCreate: true,
          }),
          label: { zh: '同意公开（去除个人信息后）', en: 'Consents to publication (without personal data)' },
        },
      ],
    },
    {
      name: 'attachments',
      type: 'relationship',
      relationTo: attachmentsSlug,
      hasMany: true,
      maxRows: options.maxAttachments,
      label: { zh: '附件', en: 'Attachments' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'receivedAt',
          type: 'date',
          index: true,
          access: unchangeable({
            name: 'receivedAt',
            label: { zh: '收信时间', en: 'Received' },
            stored: topLevel('receivedAt'),
          }),
          label: { zh: '收信时间', en: 'Received' },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'dueAt',
          type: 'date',
          index: true,
          label: { zh: '答复期限', en: 'Due' },
          access: unchangeable({ name: 'dueAt', label: { zh: '答复期限', en: 'Due' }, stored: topLevel('dueAt') }),
          admin: { readOnly: true, description: { zh: '按工作日自动计算', en: 'Counted in working days' } },
        },
        {
          name: 'acceptedAt',
          type: 'date',
          label: { zh: '受理时间', en: 'Accepted' },
          access: unchangeable({
            name: 'acceptedAt',
            label: { zh: '受理时间', en: 'Accepted' },
            stored: topLevel('acceptedAt'),
          }),
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'rejection',
      type: 'group',
      label: { zh: '不予受理', en: 'Rejection' },
      admin: { condition: (data) => data?.state === 'rejected' },
      fields: [
        { name: 'reason', type: 'textarea', maxLength: letterLimits.reason, label: { zh: '理由', en: 'Reason' } },
        {
          name: 'at',
          type: 'date',
          label: { zh: '时间', en: 'Date' },
          access: unchangeable({
            name: 'at',
            label: { zh: '不予受理时间', en: 'Rejected' },
            stored: inGroup('rejection', 'at'),
          }),
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'forwards',
      type: 'array',
      label: { zh: '转办', en: 'Forwarded to' },
      labels: { singular: { zh: '转办', en: 'Forward' }, plural: { zh: '转办', en: 'Forwards' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'department',
              type: 'relationship',
              relationTo: options.departmentsSlug as CollectionSlug,
              required: true,
              label: { zh: '承办部门', en: 'Department' },
            },
            {
              name: 'forwardedAt',
              type: 'date',
              label: { zh: '转办时间', en: 'Forwarded' },
              access: unchangeable({
                name: 'forwardedAt',
                label: { zh: '转办时间', en: 'Forwarded' },
                stored: inRow('forwards', 'forwardedAt'),
              }),
              admin: { readOnly: true },
            },
            {
              // Set when forwarding (or counted in working days); a deadline once given is not moved.
              name: 'dueAt',
              type: 'date',
              label: { zh: '办理期限', en: 'Due' },
              access: unchangeable({
                name: 'dueAt',
                label: { zh: '办理期限', en: 'Due' },
                stored: inRow('forwards', 'dueAt'),
                onCreate: true,
              }),
            },
          ],
        },
        { name: 'note', type: 'textarea', maxLength: 500, label: { zh: '转办意见', en: 'Instructions' } },
      ],
    },
    {
      name: 'reply',
      type: 'group',
      label: { zh: '答复', en: 'Reply' },
      fields: [
        { name: 'text', type: 'textarea', maxLength: letterLimits.reply, label: { zh: '答复内容', en: 'Reply' } },
        {
          type: 'row',
          fields: [
            {
              name: 'department',
              type: 'relationship',
              relationTo: options.departmentsSlug as CollectionSlug,
              label: { zh: '答复单位', en: 'Replying department' },
            },
            {
              name: 'repliedAt',
              type: 'date',
              label: { zh: '答复时间', en: 'Replied' },
              access: unchangeable({
                name: 'repliedAt',
                label: { zh: '答复时间', en: 'Replied' },
                stored: inGroup('reply', 'repliedAt'),
              }),
              admin: { readOnly: true },
            },
          ],
        },
      ],
    },
    {
      name: 'closedAt',
      type: 'date',
      label: { zh: '办结时间', en: 'Closed' },
      access: unchangeable({ name: 'closedAt', label: { zh: '办结时间', en: 'Closed' }, stored: topLevel('closedAt') }),
      admin: { readOnly: true },
    },
    {
      name: 'publication',
      type: 'group',
      label: { zh: '公开', en: 'Publication' },
      admin: {
        description: {
          zh: '仅已办结且来信人同意公开的来信可公开；公开内容自动去除个人信息',
          en: 'Only closed letters whose writer consented; personal data is removed automatically',
        },
      },
      fields: [
        {
          name: 'published',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          label: { zh: '公开答复', en: 'Publish the reply' },
        },
        {
          name: 'publishedAt',
          type: 'date',
          label: { zh: '公开时间', en: 'Published' },
          access: unchangeable({
            name: 'publishedAt',
            label: { zh: '公开时间', en: 'Published' },
            stored: inGroup('publication', 'publishedAt'),
          }),
          admin: { readOnly: true },
        },
        { name: 'writerName', type: 'text', label: { zh: '公开署名', en: 'Public name' }, admin: { readOnly: true } },
        { name: 'subject', type: 'text', label: { zh: '公开标题', en: 'Public subject' }, admin: { readOnly: true } },
        {
          name: 'content',
          type: 'textarea',
          label: { zh: '公开内容', en: 'Public content' },
          admin: { readOnly: true },
        },
        { name: 'reply', type: 'textarea', label: { zh: '公开答复', en: 'Public reply' }, admin: { readOnly: true } },
      ],
    },
    {
      // The plain query code exists only in the response to the request that created the letter.
      name: 'queryCode',
      type: 'text',
      virtual: true,
      label: { zh: '查询码（仅创建时显示一次）', en: 'Query code (shown once, on creation)' },
      admin: { hidden: true },
      hooks: {
        afterRead: [
          ({ context, siblingData }) => {
            const issued = context.issuedQueryCode as { number?: string; code?: string } | undefined
            return issued && issued.number === siblingData?.number ? issued.code : undefined
          },
        ],
      },
    },
    {
      name: 'queryCodeHash',
      type: 'text',
      index: true,
      access: { read: nobody, create: nobody, update: nobody },
      admin: { hidden: true },
    },
    {
      name: 'remindedOn',
      type: 'text',
      access: { read: isAdminField, create: nobody, update: nobody },
      admin: { hidden: true },
    },
  ]
  return {
    slug: lettersSlug,
    labels: { singular: { zh: '来信', en: 'Letter' }, plural: { zh: '来信', en: 'Letters' } },
    defaultSort: '-receivedAt',
    admin: {
      useAsTitle: 'subject',
      defaultColumns: ['number', 'subject', 'mailbox', 'category', 'state', 'deadlineFlag', 'dueAt'],
      group: { zh: '领导信箱', en: 'Mailboxes' },
      listSearchableFields: ['number', 'subject'],
    },
    access: {
      read: lettersOfHandledMailboxes,
      create: canEnterLetters,
      update: lettersOfHandledMailboxes,
      delete: isAdmin,
    },
    endpoints,
    hooks: {
      beforeChange: [prepareLetter(options, timeZone)],
      afterChange: [moveAttachmentsWithLetter, notifyOnLetterChange(options, timeZone)],
      afterDelete: [deleteAttachmentsWithLetter],
    },
    fields,
  }
}
