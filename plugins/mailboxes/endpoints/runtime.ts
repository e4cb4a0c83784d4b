import type { PayloadRequest } from 'payload'

import type { ChallengeService } from '../../shared/abuse/challenge'
import type { MailboxLimiters } from '../lib/rateLimits'
import type { ResolvedMailboxesOptions } from '../types'

export { errorResponse, json } from '../../shared/http/jsonResponse'

/** What the endpoints share: options, the challenge service and the rate limiters of this plugin instance. */
export type MailboxRuntime = {
  options: ResolvedMailboxesOptions
  timeZone: string
  challenge: (req: PayloadRequest) => ChallengeService
  limiters: MailboxLimiters
}

/** Finds an enabled mailbox by id or slug, as the public may address it. */
export async function findPublicMailbox(req: PayloadRequest, idOrSlug: unknown) {
  if (typeof idOrSlug !== 'string' && typeof idOrSlug !== 'number') return null
  const key = String(idOrSlug).slice(0, 60)
  const byId = /^\d+$/.test(key) || /^[0-9a-f]{24}$/.test(key)
  const { docs } = await req.payload.find({
    collection: 'mailboxes',
    where: {
      and: [
        { enabled: { equals: true } },
        byId ? { or: [{ id: { equals: key } }, { slug: { equals: key } }] } : { slug: { equals: key } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}
