import type { PayloadRequest } from 'payload'

import { userHasRole } from '../../shared/access'

export const mailboxesSlug = 'mailboxes'
export const lettersSlug = 'letters'
export const attachmentsSlug = 'letter-attachments'

/**
 * Ids of the mailboxes the signed-in user handles (listed as a handler), cached for the request:
 * field-level access asks once per field per document.
 */
export async function handledMailboxIds(req: PayloadRequest): Promise<(number | string)[]> {
  const user = req.user
  if (!user || !userHasRole(user, 'mailbox-handler')) return []
  const cacheKey = `mailboxes:handled:${user.id}`
  const cached = req.context[cacheKey] as (number | string)[] | undefined
  if (cached) return cached
  const { docs } = await req.payload.find({
    collection: mailboxesSlug,
    where: { handlers: { contains: user.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: {},
    req,
  })
  const ids = docs.map((doc) => doc.id)
  req.context[cacheKey] = ids
  return ids
}

export const idOf = (value: unknown): number | string | undefined => {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'object') return (value as { id?: number | string }).id
  return value as number | string
}
