import type { Endpoint } from 'payload'

import { lettersSlug } from '../access/handledMailboxes'
import { queryCodePepper } from '../hooks/pepper'
import { hashQueryCode, newQueryCode } from '../../shared/abuse/queryCode'
import { errorResponse, json, type MailboxRuntime } from './runtime'

/**
 * `POST /api/letters/:id/query-code`: a handler gives a writer a new query code (a letter taken by
 * phone or in person, or a writer who lost the code). The old code stops working; the new one is
 * shown once, like the original.
 */
export const reissueQueryCodeEndpoint = (runtime: MailboxRuntime): Endpoint => ({
  path: '/:id/query-code',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return errorResponse(req, 401, { zh: '请先登录', en: 'Sign in first' })
    const id = req.routeParams?.id as number | string | undefined
    // Read with the caller's access: only the mailbox's handlers and admins find the letter.
    const letter = id
      ? await req.payload
          .findByID({ collection: lettersSlug, id, depth: 0, overrideAccess: false, user: req.user, req })
          .catch(() => null)
      : null
    if (!letter) return errorResponse(req, 404, { zh: '没有找到该来信', en: 'No such letter' })
    const code = newQueryCode()
    // Adapter-level write: only the hash changes; no hooks, mail or state checks are involved.
    await req.payload.db.updateOne({
      collection: lettersSlug,
      id: letter.id,
      data: { queryCodeHash: hashQueryCode(code, queryCodePepper(req, runtime.options)) },
      req,
    })
    return json({ number: letter.number, queryCode: code })
  },
})
