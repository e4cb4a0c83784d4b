import type { Access } from 'payload'

/** Any signed-in user of the admin. */
export const isSignedIn: Access = ({ req }) => Boolean(req.user)
