import { ValidationError, type CollectionBeforeChangeHook, type DateField, type Field } from 'payload'

import { localText } from '../i18n/localText'

/**
 * Context key for trusted server code only (the demo seed, the workflow's publish action): the
 * instant a document counts as first published. `context` exists only in the Local API and
 * hooks, so no REST or GraphQL caller can set it.
 */
export const seedPublishedAtKey = 'seedPublishedAt'

/** Milliseconds since the epoch; null when empty, NaN when not a date. */
const instant = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null
  const time = new Date(value as string).getTime()
  return Number.isNaN(time) ? NaN : time
}

/**
 * The one rule for a publish date (发布日期): set the first time a document becomes published,
 * kept for ever after (a faked publish date is a grave violation). Sending a different value
 * through any API is refused with a 400 naming the field; sending nothing or the current value
 * is fine (the admin form sends the field back unchanged, restoring an old version sends an
 * empty one). Whoever owns the date on a site (the publish workflow, or the catalogue when no
 * workflow runs) installs this hook; nothing else writes the field.
 */
export const stampPublishedAt =
  (field = 'publishedAt'): CollectionBeforeChangeHook =>
  ({ collection, context, data, operation, originalDoc, req }) => {
    // A create has no publish date yet, even a duplicate, whose `originalDoc` is the item copied.
    const current = operation === 'create' ? null : ((originalDoc?.[field] as string | null | undefined) ?? null)
    const sent = instant(data[field])
    const seeded = context?.[seedPublishedAtKey] as Date | string | undefined
    const currentTime = instant(current)
    // Sub-second differences are serialisation (a client dropping milliseconds), not a new date.
    const differs =
      sent !== null && (currentTime === null || Number.isNaN(sent) || Math.abs(sent - currentTime) >= 1000)
    if (differs && !seeded) {
      throw new ValidationError(
        {
          collection: collection.slug,
          errors: [
            {
              path: field,
              message: localText(req, {
                zh: '发布日期由系统在首次发布时记录，不能指定或修改',
                en: `${field} is recorded by the system at the first publication and cannot be set or changed`,
              }),
            },
          ],
        },
        req.t,
      )
    }
    if (current) data[field] = current
    else if (data._status === 'published') data[field] = new Date(seeded ?? Date.now()).toISOString()
    else data[field] = null
    return data
  }

/**
 * The publish-date field (发布日期) of whoever owns the date: read-only in the admin, indexed for
 * the site's date sort, and empty on a duplicate (a copy is not published).
 */
export const publishedAtDateField = (
  name: string,
  texts: { label: DateField['label']; description: NonNullable<DateField['admin']>['description'] },
): Field => ({
  name,
  type: 'date',
  index: true,
  label: texts.label,
  admin: {
    readOnly: true,
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description: texts.description,
  },
  hooks: { beforeDuplicate: [() => null] },
})
