import { APIError, type PayloadRequest } from 'payload'

import { localText } from '../../shared/i18n/localText'
import type { Label } from '../types'

/** A client error with a message in the caller's admin language (shown to the user as is). */
export const workflowError = (req: PayloadRequest | undefined, status: number, message: Label) =>
  new APIError(localText(req, message), status, undefined, true)
