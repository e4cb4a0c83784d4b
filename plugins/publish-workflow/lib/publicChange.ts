import type { PayloadRequest } from 'payload'

import type { PublicChangeAction, ResolvedOptions, WorkflowDoc } from '../types'

/** Tells the public site what changed; its errors are logged and never reach the editor. */
export async function firePublicChange(
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: string,
  doc: WorkflowDoc,
  action: PublicChangeAction,
) {
  if (!options.onPublicChange) return
  try {
    await options.onPublicChange({ collection, id: doc.id, action, doc, req })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `publish-workflow: onPublicChange(${action}) failed` })
  }
}
