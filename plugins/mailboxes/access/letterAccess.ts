import type { Access, FieldAccess } from 'payload'

import { userHasRole } from '../../shared/access'
import { handledMailboxIds, idOf } from './handledMailboxes'

/**
 * Letters hold personal data: administrators see all, a handler only the letters of the mailboxes
 * listing them. Analysts get statistics only; the public reads through the mailbox endpoints.
 */
export const lettersOfHandledMailboxes: Access = async ({ req }) => {
  if (!req.user) return false
  if (userHasRole(req.user, 'admin')) return true
  const ids = await handledMailboxIds(req)
  if (ids.length === 0) return false
  return { mailbox: { in: ids } }
}

/** Staff enter letters received by phone, in person or from the city; a handler only into their mailboxes. */
export const canEnterLetters: Access = ({ req }) => userHasRole(req.user, 'admin', 'mailbox-handler')

/** Field-level guard for the writer's name, phone and e-mail (defence in depth behind collection read). */
export const personalDataAccess: FieldAccess = async ({ req, doc }) => {
  if (!req.user) return false
  if (userHasRole(req.user, 'admin')) return true
  if (!userHasRole(req.user, 'mailbox-handler')) return false
  const mailbox = idOf(doc?.mailbox)
  // Creating: the collection hook checks the mailbox.
  if (mailbox === undefined) return true
  const ids = await handledMailboxIds(req)
  return ids.some((id) => String(id) === String(mailbox))
}

export const nobody: FieldAccess = () => false
