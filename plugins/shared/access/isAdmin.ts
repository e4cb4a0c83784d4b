import type { Access, FieldAccess } from 'payload'

import { userHasRole } from './userHasRole'

/** Only administrators. */
export const isAdmin: Access = ({ req }) => userHasRole(req.user, 'admin')

/** Field-level variant of {@link isAdmin}. */
export const isAdminField: FieldAccess = ({ req }) => userHasRole(req.user, 'admin')
