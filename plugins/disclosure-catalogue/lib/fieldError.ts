import { ValidationError, type PayloadRequest } from 'payload'

import { localText, type LocalText } from '../../shared/i18n/localText'

/** A 400 that names the field, in the requester's admin language. */
export function fieldError(req: PayloadRequest, collection: string, path: string, text: LocalText): ValidationError {
  return new ValidationError({ collection, errors: [{ path, message: localText(req, text) }], req }, req.t)
}
