import type { Access } from 'payload'

import { userHasRole } from '../../shared/access'
import { handledMailboxIds } from './handledMailboxes'

/** Attachments are personal data too: never public, only for the letter's mailbox handlers and admins. */
export const attachmentsOfHandledMailboxes: Access = async ({ req }) => {
  if (!req.user) return false
  if (userHasRole(req.user, 'admin')) return true
  const ids = await handledMailboxIds(req)
  if (ids.length === 0) return false
  return { mailbox: { in: ids } }
}
