import type { PayloadRequest } from 'payload'

import { deriveKey } from '../../shared/abuse/secrets'
import type { ResolvedMailboxesOptions } from '../types'

export function queryCodePepper(req: PayloadRequest, options: ResolvedMailboxesOptions): string {
  return deriveKey(options.secret ?? req.payload.secret, 'gongkai-mailboxes', 'query-code')
}
