import type { PayloadRequest } from 'payload'

import { clientError } from '../../shared/http/refuse'
import type { Label } from '../types'

/** A client error with a message in the caller's admin language (shown to the user as is). */
export const workflowError = (req: PayloadRequest | undefined, status: number, message: Label) =>
  clientError(req, status, message)
