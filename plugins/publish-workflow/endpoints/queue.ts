import type { Endpoint } from 'payload'

import { workflowError } from '../lib/errors'
import { failedSchedules, reviewQueue } from '../lib/queue'
import { userHasRole } from '../../shared/access'
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

/** `GET /api/workflow/failed-schedules` (administrators): scheduled changes that did not happen. */
export const failedSchedulesEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/workflow/failed-schedules',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw workflowError(req, 401, { zh: '请先登录', en: 'Sign in first' })
    if (!userHasRole(req.user, 'admin'))
      throw workflowError(req, 403, { zh: '仅管理员可查看', en: 'Administrators only' })
    return Response.json({ docs: await failedSchedules(req, options) })
  },
})
