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
 * content, even of a document that also has a published version.
 */
export const noDraftsForThePublic: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.user && operation === 'read' && args && typeof args === 'object' && 'draft' in args && args.draft) {
    return { ...args, draft: false }
  }
  return args
}
