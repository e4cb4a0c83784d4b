import type { Endpoint } from 'payload'

import { headerTokenMatches } from '../headerToken'
import { expireTags } from './nextCache'

/** Header that carries server.mjs's loopback token (GONGKAI_LOOPBACK_TOKEN, one per process). */
export const loopbackTokenHeader = 'x-gongkai-loopback-token'

const maxTags = 2_000

/**
 * `POST /api/invalidation/expire` with `{ "tags": [...] }`: expires Next.js's cache for the
 * tags. Only the production server calls it, on itself, for changes applied where there is
 * no Next.js request (a job run by Payload's cron, another instance's change): Next.js
 * expires its cache only inside a request. Anyone else gets a 404.
 */
export const expireEndpoint = (token: string | undefined): Endpoint => ({
  path: '/invalidation/expire',
  method: 'post',
  handler: async (req) => {
    if (!headerTokenMatches(req, loopbackTokenHeader, token)) {
      return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    }
    const body = (await req.json?.().catch(() => null)) as { tags?: unknown } | null
    const tags = body?.tags
    if (!Array.isArray(tags) || tags.length > maxTags || !tags.every((tag) => typeof tag === 'string')) {
      return Response.json(
        { errors: [{ message: `tags must be an array of at most ${maxTags} strings` }] },
        { status: 400 },
      )
    }
    const expired = await expireTags(tags, req.payload.logger)
    return Response.json({ expired }, { headers: { 'Cache-Control': 'no-store' } })
  },
})
