import { APIError, ValidationError, type PayloadRequest } from 'payload'

import { localText, type LocalText } from '../i18n/localText'

type RequestWithLanguage = Pick<PayloadRequest, 'i18n'> | undefined

/**
 * A client error (4xx) whose message is in the caller's admin language. `isPublic` is set so
 * Payload shows the message as is instead of a generic one.
 */
export const clientError = (req: RequestWithLanguage, status: number, text: LocalText) =>
  new APIError(localText(req, text), status, undefined, true)

/** Throws {@link clientError}: for hooks and endpoints that stop at the first problem. */
export function refuse(req: RequestWithLanguage, status: number, text: LocalText): never {
  throw clientError(req, status, text)
}

/** A 400 that names the field, in Payload's validation-error shape (the admin marks the field). */
export function refuseField(req: PayloadRequest, collection: string, path: string, text: LocalText): never {
  throw new ValidationError({ collection, errors: [{ path, message: localText(req, text) }] }, req.t)
}

/**
 * The same refusal returned as a Response rather than thrown: Payload logs every thrown error,
 * and hostile traffic on a public endpoint would flood the log.
 */
export const refusalResponse = (req: RequestWithLanguage, status: number, text: LocalText): Response =>
  Response.json({ errors: [{ message: localText(req, text) }] }, { status, headers: { 'Cache-Control': 'no-store' } })
