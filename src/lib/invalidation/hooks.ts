import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, Plugin } from 'payload'

import { publicChanged } from './invalidate'

type Options = {
  /** Collections whose changes alter public pages (columns, gazette issues, mailboxes …). */
  collections: string[]
}

/**
 * Reports every change to the given collections to the invalidation module, which applies
 * it once the change commits. Drafts saved by editors do not touch public pages, so only
 * published (or draft-less) documents count.
 */
export const invalidateOnChange =
  ({ collections }: Options): Plugin =>
  (config: Config): Config => {
    const afterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
      if (doc?._status === 'draft') return doc
      await publicChanged(req, { collection: collection.slug, id: doc.id, action: 'update' })
      return doc
    }
    const afterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
      await publicChanged(req, { collection: collection.slug, id, action: 'delete' })
    }
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        collections.includes(collection.slug)
          ? {
              ...collection,
              hooks: {
                ...collection.hooks,
                afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
                afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
              },
            }
          : collection,
      ),
    }
  }
