import type { Access } from 'payload'

import { userHasRole } from './userHasRole'

/** Administrators see every user; everyone else only their own account. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (userHasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}
