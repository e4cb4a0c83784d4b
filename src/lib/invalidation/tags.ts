/**
 * Cache tags: what a page's data loads declare they read, and what a change drops. A page
 * that lists notices carries `notices`; an item page carries `notices:42` and the tags of
 * the reference data it shows (`columns`, `departments`, `topic-categories`). A change to a
 * document drops its collection's tag (every list that may show it) and its own item tag.
 */

/** A change the public can see, as the publish workflow and the content hooks report it. */
export type PublicChange = {
  collection: string
  id?: number | string
  action: 'publish' | 'unpublish' | 'withdraw' | 'remove' | 'restore' | 'update' | 'delete'
}

/** Every page that reads any document of the collection (lists, trees, name lookups). */
export const collectionTag = (collection: string): string => collection

/** The pages that show this one document. */
export const itemTag = (collection: string, id: number | string): string => `${collection}:${id}`

/** The tags a batch of changes drops, each once. */
export function tagsFor(changes: readonly PublicChange[]): string[] {
  const tags = new Set<string>()
  for (const change of changes) {
    tags.add(collectionTag(change.collection))
    if (change.id !== undefined) tags.add(itemTag(change.collection, change.id))
  }
  return [...tags]
}
