import type { CollectionConfig, CollectionSlug } from 'payload'

import { isSignedIn, roles } from '../access'

/**
 * The least a suite plugin expects of a host's users: an auth collection with `roles` and a mail
 * `language`; `department` only when the plugin relates users to departments (mailboxes).
 */
export function bareUsers({ departmentsSlug }: { departmentsSlug?: string } = {}): CollectionConfig {
  return {
    slug: 'users',
    auth: true,
    access: { read: isSignedIn },
    fields: [
      { name: 'name', type: 'text' },
      { name: 'roles', type: 'select', hasMany: true, options: [...roles] },
      { name: 'language', type: 'select', defaultValue: 'zh', options: ['zh', 'en'] },
      ...(departmentsSlug
        ? [{ name: 'department', type: 'relationship' as const, relationTo: departmentsSlug as CollectionSlug }]
        : []),
    ],
  }
}

/** A bare departments collection: a name and an organisation code. */
export const bareDepartments: CollectionConfig = {
  slug: 'departments',
  admin: { useAsTitle: 'name' },
  access: { read: () => true },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'orgCode', type: 'text', required: true, unique: true },
  ],
}

/** A bare upload collection standing in for the host's media (no type checks, no renditions). */
export const bareMedia = (staticDir: string): CollectionConfig => ({
  slug: 'media',
  access: { read: () => true },
  upload: { staticDir },
  fields: [{ name: 'alt', type: 'text' }],
})
