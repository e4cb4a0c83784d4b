import { APIError, type CollectionBeforeValidateHook, type CollectionSlug } from 'payload'

import { localText } from '../../shared/i18n/localText'

const maxDepth = 20

/**
 * Refuses a parent that is the document itself or one of its descendants: a loop in the
 * tree would make breadcrumbs and paths recurse forever. Walks up from the new parent.
 */
export const preventParentCycle =
  (collection: CollectionSlug): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req }) => {
    const ownId = originalDoc?.id
    let parentId: unknown = data?.parent && typeof data.parent === 'object' ? data.parent.id : data?.parent
    if (ownId === undefined || parentId === undefined || parentId === null) return data
    for (let depth = 0; parentId !== undefined && parentId !== null; depth++) {
      if (String(parentId) === String(ownId) || depth > maxDepth) {
        throw new APIError(
          localText(req, {
            zh: '上级（parent）不能是本身或其下级',
            en: 'parent: a document cannot be placed under itself or one of its descendants',
          }),
          400,
          undefined,
          true,
        )
      }
      const parent = (await req.payload.findByID({
        collection,
        id: parentId as number | string,
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
        req,
      })) as { parent?: unknown } | null
      parentId =
        parent?.parent && typeof parent.parent === 'object' ? (parent.parent as { id: unknown }).id : parent?.parent
    }
    return data
  }
