import type { Access, CollectionConfig, CollectionSlug, Endpoint } from 'payload'

import { isAdmin } from '../../shared/access'
import { mailboxesSlug } from '../access/handledMailboxes'
import type { ResolvedMailboxesOptions } from '../types'
import { label, text } from '../translations'

/** The public reads enabled mailboxes (name, title, description); staff read all. */
const enabledOrSignedIn: Access = ({ req }) => (req.user ? true : { enabled: { equals: true } })

/** Leadership mailboxes (领导信箱): 书记信箱, 区长信箱, 纪委书记信箱. */
export function createMailboxesCollection(
  endpoints: Endpoint[],
  options: Pick<ResolvedMailboxesOptions, 'usersSlug'>,
): CollectionConfig {
  return {
    slug: mailboxesSlug,
    labels: {
      singular: text('mailboxesMailbox'),
      plural: text('mailboxesMailboxes'),
    },
    defaultSort: 'order',
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'leaderTitle', 'deadlineWorkingDays', 'enabled'],
      group: text('mailboxesMailboxes'),
    },
    access: { read: enabledOrSignedIn, create: isAdmin, update: isAdmin, delete: isAdmin },
    endpoints,
    fields: [
      { name: 'name', type: 'text', required: true, maxLength: 40, label: label('mailboxesName') },
      {
        name: 'slug',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        maxLength: 40,
        label: label('mailboxesSlug'),
        admin: { description: label('mailboxesUsedInAddressesEG') },
        validate: (value: string | null | undefined) =>
          !value ||
          /^[a-z0-9-]+$/.test(value) ||
          '只能使用小写字母、数字和连字符 (lower-case letters, digits, hyphens)',
      },
      {
        name: 'leaderTitle',
        type: 'text',
        required: true,
        maxLength: 40,
        label: label('mailboxesLeaderSTitle'),
      },
      {
        name: 'description',
        type: 'textarea',
        maxLength: 1000,
        label: label('mailboxesPublicDescription'),
      },
      {
        name: 'handlers',
        type: 'relationship',
        relationTo: options.usersSlug as CollectionSlug,
        hasMany: true,
        label: label('mailboxesHandlers'),
        filterOptions: { roles: { contains: 'mailbox-handler' } },
        // Staff names are not for the public.
        access: { read: ({ req }) => Boolean(req.user) },
      },
      {
        name: 'deadlineWorkingDays',
        type: 'number',
        required: true,
        defaultValue: 15,
        min: 1,
        max: 60,
        label: label('mailboxesReplyDeadlineWorkingDays'),
      },
      { name: 'enabled', type: 'checkbox', defaultValue: true, label: label('mailboxesEnabled') },
      { name: 'order', type: 'number', defaultValue: 0, label: label('mailboxesOrder') },
    ],
  }
}
