import type { Access, CollectionConfig, CollectionSlug, Endpoint } from 'payload'

import { isAdmin } from '../../shared/access'
import { mailboxesSlug } from '../access/handledMailboxes'
import type { ResolvedMailboxesOptions } from '../types'

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
      singular: { zh: '领导信箱', en: 'Mailbox' },
      plural: { zh: '领导信箱', en: 'Mailboxes' },
    },
    defaultSort: 'order',
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'leaderTitle', 'deadlineWorkingDays', 'enabled'],
      group: { zh: '领导信箱', en: 'Mailboxes' },
    },
    access: { read: enabledOrSignedIn, create: isAdmin, update: isAdmin, delete: isAdmin },
    endpoints,
    fields: [
      { name: 'name', type: 'text', required: true, maxLength: 40, label: { zh: '名称', en: 'Name' } },
      {
        name: 'slug',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        maxLength: 40,
        label: { zh: '标识', en: 'Slug' },
        admin: { description: { zh: '网址中使用，如 quzhang', en: 'Used in addresses, e.g. quzhang' } },
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
        label: { zh: '领导职务', en: 'Leader’s title' },
      },
      {
        name: 'description',
        type: 'textarea',
        maxLength: 1000,
        label: { zh: '公开说明', en: 'Public description' },
      },
      {
        name: 'handlers',
        type: 'relationship',
        relationTo: options.usersSlug as CollectionSlug,
        hasMany: true,
        label: { zh: '办理人', en: 'Handlers' },
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
        label: { zh: '答复期限（工作日）', en: 'Reply deadline (working days)' },
      },
      { name: 'enabled', type: 'checkbox', defaultValue: true, label: { zh: '启用', en: 'Enabled' } },
      { name: 'order', type: 'number', defaultValue: 0, label: { zh: '排序', en: 'Order' } },
    ],
  }
}
