import type { Access, CollectionBeforeOperationHook, Where } from 'payload'

/**
 * Staff read everything; the public reads only published, proactively disclosed (主动公开)
 * items. The publish-workflow plugin ANDs its own rule (withdrawn/removed) onto this.
 */
export const publicNoticesOnly: Access = ({ req }) => {
  if (req.user) return true
  const rule: Where = { and: [{ _status: { equals: 'published' } }, { disclosureMode: { equals: 'proactive' } }] }
  return rule
}

/**
 * An anonymous `?draft=true` is read as a normal read: the public never sees draft
 * content, even of a document that also has a published version. Trusted server code (Local
 * API with access overridden, e.g. the job that publishes a schedule) has no user either and
 * must read the draft: before this exception, a scheduled publish read the item's first
 * revision, found no schedule on it and quietly did nothing.
 */
export const noDraftsForThePublic: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  // REST and GraphQL leave overrideAccess unset; only the Local API sets it (true by default).
  const overridden = Boolean(
    args && typeof args === 'object' && 'overrideAccess' in args && args.overrideAccess === true,
  )
  if (
    !req.user &&
    !overridden &&
    operation === 'read' &&
    args &&
    typeof args === 'object' &&
    'draft' in args &&
    args.draft
  ) {
    return { ...args, draft: false }
  }
  return args
}
