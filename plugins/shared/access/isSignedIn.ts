/**
 * Any signed-in user of the admin (staff). Typed on `req.user` alone so the one function serves
 * as collection access (`Access`) and field access (`FieldAccess`) alike.
 */
export const isSignedIn = ({ req }: { req: { user?: unknown } }): boolean => Boolean(req.user)
