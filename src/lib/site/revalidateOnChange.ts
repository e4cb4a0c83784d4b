import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, Plugin } from 'payload'

import type { PublicChange } from '../revalidate'

type Options = {
  /** Collections whose changes alter public pages (columns, gazette issues, mailboxes …). */
  collections: string[]
  onChange: (change: PublicChange) => Promise<void> | void
}

/**
 * Drops cached pages after any change to the given collections. Drafts saved by editors do
 * not touch public pages, so only published (or draft-less) documents trigger it.
 */
export const revalidateOnChange =
  ({ collections, onChange }: Options): Plugin =>
  (config: Config): Config => {
    const call = (change: PublicChange, log: (message: string) => void) => {
      // After the response: a slow revalidation never delays the editor.
      void Promise.resolve(onChange(change)).catch((error) => log(`revalidation failed: ${String(error)}`))
    }
    const afterChange: CollectionAfterChangeHook = ({ collection, doc, req }) => {
      if (doc?._status === 'draft') return doc
      call({ collection: collection.slug, id: doc.id, action: 'update' }, (m) => req.payload.logger.error(m))
      return doc
    }
    const afterDelete: CollectionAfterDeleteHook = ({ collection, id, req }) => {
      call({ collection: collection.slug, id, action: 'delete' }, (m) => req.payload.logger.error(m))
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
