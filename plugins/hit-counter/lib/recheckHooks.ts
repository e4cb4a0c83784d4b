import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { getHitRuntime } from './runtime'

/**
 * After a column or item changes (publish, unpublish, withdraw, delete), ask again whether
 * the public may read it. Deferred a moment so the change has been committed first.
 */
const recheckLater = (
  payload: Parameters<CollectionAfterDeleteHook>[0]['req']['payload'],
  slug: string,
  id: number | string,
) => {
  const runtime = getHitRuntime(payload)
  if (!runtime) return
  runtime.publicIds.forget(slug, id)
  setTimeout(() => {
    if (runtime.stopped) return
    runtime.publicIds
      .recheck(slug, id)
      .catch((error) => payload.logger.warn({ err: error, msg: 'hit counter: recheck failed' }))
  }, 200).unref()
}

export function withRecheckHooks(collection: CollectionConfig): CollectionConfig {
  const afterChange: CollectionAfterChangeHook = ({ doc, req }) => {
    recheckLater(req.payload, collection.slug, doc.id)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = ({ id, req }) => {
    recheckLater(req.payload, collection.slug, id)
  }
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
    },
  }
}
