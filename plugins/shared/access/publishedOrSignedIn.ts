import type { Access } from 'payload'

/**
 * Signed-in users read everything; the public reads only published documents.
 * `access.read: () => true` would expose drafts too (see STACK-NOTES).
 */
export const publishedOrSignedIn: Access = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}
