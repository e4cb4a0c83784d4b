import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, Plugin } from 'payload'

import { publicChanged } from './invalidate'
import { columnsOf } from './tags'

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
    const afterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
      if (doc?._status === 'draft') return doc
      // The columns it left and the ones it joined both list it differently now.
      const columns = columnsOf(previousDoc, doc)
      await publicChanged(req, { collection: collection.slug, id: doc.id, action: 'update', columns })
      return doc
    }
    const afterDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
      await publicChanged(req, { collection: collection.slug, id, action: 'delete', columns: columnsOf(doc) })
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
