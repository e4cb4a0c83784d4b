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
import { label, text } from '../translations'
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
          label: label('lettersLetterNumber'),
          access: readOnly,
          admin: { readOnly: true, description: label('lettersGivenByTheSystem') },
        },
        {
          name: 'state',
          type: 'select',
          required: true,
          defaultValue: 'received',
          index: true,
          options: letterStates.map(({ value }) => ({ value, label: label(`state-${value}`) })),
          label: label('lettersState'),
        },
        {
          name: 'deadlineFlag',
          type: 'select',
          virtual: true,
          options: deadlineFlags.map(({ value }) => ({ value, label: label(`deadline-${value}`) })),
          label: label('lettersDeadline'),
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
          label: label('lettersMailbox'),
        },
        {
          name: 'source',
          type: 'select',
          required: true,
          defaultValue: 'online',
          options: letterSources.map(({ value }) => ({ value, label: label(`source-${value}`) })),
          label: label('lettersSource'),
        },
        {
          name: 'category',
          type: 'select',
          required: true,
          options: letterCategories.map(({ value }) => ({ value, label: label(`category-${value}`) })),
          label: label('lettersCategory'),
        },
      ],
    },
    {
      name: 'subject',
      type: 'text',
      required: true,
      maxLength: letterLimits.subject,
      label: label('lettersSubject'),
    },
    {
      name: 'content',
      type: 'textarea',
      required: true,
      maxLength: letterLimits.content,
      label: label('lettersContent'),
    },
    {
      type: 'collapsible',
      label: label('lettersWriterPersonalData'),
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
              label: label('lettersName'),
            },
            {
              name: 'phone',
              type: 'text',
              maxLength: letterLimits.phone,
              access: personal,
              label: label('lettersPhone'),
            },
            { name: 'email', type: 'email', access: personal, label: label('lettersEMail') },
          ],
        },
        {
          name: 'consentToPublish',
          type: 'checkbox',
          defaultValue: false,
          // The writer's word, recorded when the letter comes in (form, or staff taking a call); no one changes it later.
          access: unchangeable({
            name: 'consentToPublish',
            label: text('lettersConsentToPublish'),
            stored: topLevel('consentToPublish'),
            onCreate: true,
          }),
          label: label('lettersConsentsToPublicationWithoutPersonal'),
        },
      ],
    },
    {
      name: 'attachments',
      type: 'relationship',
      relationTo: attachmentsSlug,
      hasMany: true,
      maxRows: options.maxAttachments,
      label: label('lettersAttachments'),
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
            label: text('lettersReceived'),
            stored: topLevel('receivedAt'),
          }),
          label: label('lettersReceived'),
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'dueAt',
          type: 'date',
          index: true,
          label: label('lettersDue'),
          access: unchangeable({ name: 'dueAt', label: text('lettersDue'), stored: topLevel('dueAt') }),
          admin: { readOnly: true, description: label('lettersCountedInWorkingDays') },
        },
        {
          name: 'acceptedAt',
          type: 'date',
          label: label('lettersAccepted'),
          access: unchangeable({
            name: 'acceptedAt',
            label: text('lettersAccepted'),
            stored: topLevel('acceptedAt'),
          }),
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'rejection',
      type: 'group',
      label: label('lettersRejection'),
      admin: { condition: (data) => data?.state === 'rejected' },
      fields: [
        { name: 'reason', type: 'textarea', maxLength: letterLimits.reason, label: label('lettersReason') },
        {
          name: 'at',
          type: 'date',
          label: label('lettersDate'),
          access: unchangeable({
            name: 'at',
            label: text('lettersRejected'),
            stored: inGroup('rejection', 'at'),
          }),
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'forwards',
      type: 'array',
      label: label('lettersForwardedTo'),
      labels: { singular: label('lettersForward'), plural: label('lettersForwards') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'department',
              type: 'relationship',
              relationTo: options.departmentsSlug as CollectionSlug,
              required: true,
              label: label('lettersDepartment'),
            },
            {
              name: 'forwardedAt',
              type: 'date',
              label: label('lettersForwarded'),
              access: unchangeable({
                name: 'forwardedAt',
                label: text('lettersForwarded'),
                stored: inRow('forwards', 'forwardedAt'),
              }),
              admin: { readOnly: true },
            },
            {
              // Set when forwarding (or counted in working days); a deadline once given is not moved.
              name: 'dueAt',
              type: 'date',
              label: label('lettersDue2'),
              access: unchangeable({
                name: 'dueAt',
                label: text('lettersDue2'),
                stored: inRow('forwards', 'dueAt'),
                onCreate: true,
              }),
            },
          ],
        },
        { name: 'note', type: 'textarea', maxLength: 500, label: label('lettersInstructions') },
      ],
    },
    {
      name: 'reply',
      type: 'group',
      label: label('lettersReply'),
      fields: [
        { name: 'text', type: 'textarea', maxLength: letterLimits.reply, label: label('lettersReply2') },
        {
          type: 'row',
          fields: [
            {
              name: 'department',
              type: 'relationship',
              relationTo: options.departmentsSlug as CollectionSlug,
              label: label('lettersReplyingDepartment'),
            },
            {
              name: 'repliedAt',
              type: 'date',
              label: label('lettersReplied'),
              access: unchangeable({
                name: 'repliedAt',
                label: text('lettersReplied'),
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
      label: label('lettersClosed'),
      access: unchangeable({ name: 'closedAt', label: text('lettersClosed'), stored: topLevel('closedAt') }),
      admin: { readOnly: true },
    },
    {
      name: 'publication',
      type: 'group',
      label: label('lettersPublication'),
      admin: { description: label('lettersPublicationDescription') },
      fields: [
        {
          name: 'published',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          label: label('lettersPublishTheReply'),
        },
        {
          name: 'publishedAt',
          type: 'date',
          label: label('lettersPublished'),
          access: unchangeable({
            name: 'publishedAt',
            label: text('lettersPublished'),
            stored: inGroup('publication', 'publishedAt'),
          }),
          admin: { readOnly: true },
        },
        { name: 'writerName', type: 'text', label: label('lettersPublicName'), admin: { readOnly: true } },
        { name: 'subject', type: 'text', label: label('lettersPublicSubject'), admin: { readOnly: true } },
        {
          name: 'content',
          type: 'textarea',
          label: label('lettersPublicContent'),
          admin: { readOnly: true },
        },
        { name: 'reply', type: 'textarea', label: label('lettersPublicReply'), admin: { readOnly: true } },
      ],
    },
    {
      // The plain query code exists only in the response to the request that created the letter.
      name: 'queryCode',
      type: 'text',
      virtual: true,
      label: label('lettersQueryCodeShownOnceOn'),
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
    labels: { singular: text('lettersLetter'), plural: text('lettersLetters') },
    defaultSort: '-receivedAt',
    admin: {
      useAsTitle: 'subject',
      defaultColumns: ['number', 'subject', 'mailbox', 'category', 'state', 'deadlineFlag', 'dueAt'],
      group: text('lettersMailboxes'),
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
