import type { PayloadRequest } from 'payload'

import { localText, type LocalText } from '../i18n/localText'

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
