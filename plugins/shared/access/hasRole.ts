import type { Access } from 'payload'

import type { Role } from './roles'
import { userHasRole } from './userHasRole'

/** Allows users holding any of `roles`; administrators always pass. */
export const hasRole =
  (...roles: (Role | string)[]): Access =>
  ({ req }) =>
    userHasRole(req.user, 'admin', ...roles)
