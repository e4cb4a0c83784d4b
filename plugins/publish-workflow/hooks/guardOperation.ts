import type { CollectionBeforeOperationHook } from 'payload'

import { DUPLICATING, INTERNAL, RESTORING, UNTRUSTED } from '../lib/constants'
import { workflowError } from '../lib/errors'

/**
 * Calls made with access control on (REST, GraphQL, the admin, Local API with
 * overrideAccess: false) may only save drafts: publishing and taking down go through the
 * workflow's actions. A non-draft update is turned into a draft save so that no edit reaches
 * the live document unreviewed; an explicit `_status: 'published'` is refused outright.
 */
export const guardOperation: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.context?.[INTERNAL]) return args
  const untrusted = !(args as { overrideAccess?: boolean }).overrideAccess
  const duplicating = operation === 'create' && Boolean((args as { duplicateFromID?: unknown }).duplicateFromID)
  req.context = {
    ...req.context,
    [UNTRUSTED]: untrusted,
    [DUPLICATING]: duplicating,
    [RESTORING]: operation === 'restoreVersion',
  }
  if (!untrusted) return args
  const data = (args as { data?: Record<string, unknown> }).data
  if ((operation === 'create' || operation === 'update') && data?._status === 'published') {
    throw workflowError(req, 403, {
      zh: '不能直接发布：请通过审核流程提交，由有发布权限的人员发布',
      en: 'Direct publishing is not allowed: submit the item for review; a publisher publishes it through the workflow',
    })
  }
  if (operation === 'restoreVersion' && !(args as { draft?: boolean }).draft) {
    // Payload reads `draft` for a restore before this hook runs, so it cannot be turned into a
    // draft here: a restore that would overwrite the live document (taking it offline, or
    // publishing an old text unreviewed) is refused instead.
    throw workflowError(req, 403, {
      zh: '历史版本只能恢复为草稿（draft=true），再经审核发布',
      en: 'A version can only be restored as a draft (draft=true); it is then reviewed and published through the workflow',
    })
  }
  if (operation === 'update' || operation === 'restoreVersion') {
    return { ...args, draft: true }
  }
  return args
}
