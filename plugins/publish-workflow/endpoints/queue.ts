import type { Endpoint } from 'payload'

import { workflowError } from '../lib/errors'
import { reviewQueue } from '../lib/queue'
import type { ResolvedOptions } from '../types'

/** `GET /api/workflow/queue`: what awaits the signed-in user. */
export const queueEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/workflow/queue',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw workflowError(req, 401, { zh: '请先登录', en: 'Sign in first' })
    return Response.json({ docs: await reviewQueue(req, options) })
  },
})
