import { ValidationError, type CollectionBeforeChangeHook, type Field } from 'payload'

import { localText } from '../../plugins/shared/i18n/localText'

/**
 * Context key for the demo seed only: the instant a seeded document counts as first published.
 * `context` exists only in the Local API and hooks, so no REST or GraphQL caller can set it.
 */
export const seedPublishedAtKey = 'seedPublishedAt'

/** Milliseconds since the epoch; null when empty, NaN when not a date. */
const instant = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null
  const time = new Date(value as string).getTime()
  return Number.isNaN(time) ? NaN : time
}

/** 发布日期: written by {@link stampPublishedAt}, read-only everywhere else. */
export const publishedAtField: Field = {
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: { zh: '发布日期', en: 'Published at' },
  admin: {
    readOnly: true,
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description: {
      zh: '首次发布时由系统自动记录，任何人不可修改',
      en: 'Recorded by the system at the first publication; nobody can change it',
    },
  },
  hooks: { beforeDuplicate: [() => null] },
}

/**
 * Sets `publishedAt` the first time a document becomes published and keeps it for ever after
 * (a faked publish date is a grave violation). Sending a different value through any API is
 * refused with a 400 naming the field; sending nothing or the current value is fine (the admin
 * form sends the field back unchanged, restoring an old version sends an empty one).
 */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ collection, context, data, originalDoc, req }) => {
  const current = (originalDoc?.publishedAt as string | null | undefined) ?? null
  const sent = instant(data.publishedAt)
  const seeded = context?.[seedPublishedAtKey] as Date | string | undefined
  const currentTime = instant(current)
  // Sub-second differences are serialisation (a client dropping milliseconds), not a new date.
  const differs = sent !== null && (currentTime === null || Number.isNaN(sent) || Math.abs(sent - currentTime) >= 1000)
  if (differs && !seeded) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path: 'publishedAt',
            message: localText(req, {
              zh: '发布日期由系统在首次发布时记录，不能指定或修改',
              en: 'publishedAt is recorded by the system at the first publication and cannot be set or changed',
            }),
          },
        ],
      },
      req.t,
    )
  }
  if (current) data.publishedAt = current
  else if (data._status === 'published') data.publishedAt = new Date(seeded ?? Date.now()).toISOString()
  else data.publishedAt = null
  return data
}
