import type { PayloadRequest } from 'payload'

import { localText, type LocalText } from '../../shared/i18n/localText'
import type { ChallengeService } from '../lib/challenge'
import type { MailboxLimiters } from '../lib/rateLimits'
import type { ResolvedMailboxesOptions } from '../types'

/** What the endpoints share: options, the challenge service and the rate limiters of this plugin instance. */
export type MailboxRuntime = {
  options: ResolvedMailboxesOptions
  timeZone: string
  challenge: (req: PayloadRequest) => ChallengeService
  limiters: MailboxLimiters
}

/** A JSON error in Payload's shape (`{ errors: [{ message }] }`), with optional field details. */
export function errorResponse(
  req: PayloadRequest,
  status: number,
  text: LocalText,
  extra: { field?: string; problems?: { field: string; message: string }[]; retryAfter?: number } = {},
): Response {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' }
  if (extra.retryAfter) headers['Retry-After'] = String(extra.retryAfter)
  const message = localText(req, text)
  const errors = extra.problems?.length
    ? extra.problems.map((problem) => ({ message: problem.message, field: problem.field }))
    : [{ message, ...(extra.field ? { field: extra.field } : {}) }]
  return Response.json({ message, errors }, { status, headers })
}

export function json(body: unknown, status = 200, cache = 'no-store'): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': cache } })
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
