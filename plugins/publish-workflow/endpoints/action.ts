import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { actions } from '../lib/constants'
import { workflowError } from '../lib/errors'
import { performAction } from '../lib/perform'
import type { ActionInput, ResolvedCollection, ResolvedOptions, WorkflowAction } from '../types'

const maxBody = 16 * 1024

/** `POST /api/<collection>/:id/workflow/:action` with JSON `{ comment?, at?, reason?, mode?, extensions? }`. */
export const actionEndpoint = (options: ResolvedOptions, collection: ResolvedCollection): Endpoint => ({
  path: '/:id/workflow/:action',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw workflowError(req, 401, { zh: '请先登录', en: 'Sign in first' })
    const action = String(req.routeParams?.action ?? '')
    if (!(actions as readonly string[]).includes(action))
      throw workflowError(req, 404, {
        zh: `未知的审核操作“${action}”，可用：${actions.join(', ')}`,
        en: `Unknown workflow action "${action}"; available: ${actions.join(', ')}`,
      })
    const length = Number(req.headers.get('content-length') ?? 0)
    if (length > maxBody) throw workflowError(req, 413, { zh: '请求体过大', en: 'Request body too large' })
    try {
      await addDataAndFileToRequest(req)
    } catch {
      throw workflowError(req, 400, { zh: '请求体不是有效的 JSON', en: 'The body is not valid JSON' })
    }
    const body = (req.data ?? {}) as Record<string, unknown>
    if (typeof body !== 'object' || Array.isArray(body))
      throw workflowError(req, 400, { zh: '请求体须为 JSON 对象', en: 'The body must be a JSON object' })
    const extensions = body.extensions
    if (
      extensions !== undefined &&
      (typeof extensions !== 'object' || extensions === null || Array.isArray(extensions))
    )
      throw workflowError(req, 400, { zh: 'extensions 须为 JSON 对象', en: 'extensions must be a JSON object' })
    const input: ActionInput = {
      comment: body.comment as string | undefined,
      at: body.at as string | undefined,
      reason: body.reason as string | undefined,
      mode: body.mode as ActionInput['mode'],
      extensions: extensions as ActionInput['extensions'],
    }
    const doc = await performAction(
      req,
      options,
      collection,
      String(req.routeParams?.id),
      action as WorkflowAction,
      input,
    )
    return Response.json({ message: 'ok', workflow: doc.workflow, withdrawal: doc.withdrawal, _status: doc._status })
  },
})
