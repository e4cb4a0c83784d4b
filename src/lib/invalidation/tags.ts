/**
 * Cache tags: what a page's data loads declare they read, and what a change drops. A page
 * that lists the newest notices of the whole site carries `notices`; a column page carries
 * `notices@column:7` for each column it lists; an item page carries `notices:42` and the tags
 * of the reference data it shows (`columns`, `departments`, `topic-categories`). A change to
 * a document drops its collection's tag, its own item tag and the list tags of the columns it
 * was or is in, so a publish into one column leaves the other columns' pages cached.
 */

type Id = number | string

/** A change the public can see, as the publish workflow and the content hooks report it. */
export type PublicChange = {
  collection: string
  id?: Id
  action: 'publish' | 'unpublish' | 'withdraw' | 'remove' | 'restore' | 'update' | 'delete'
  /**
   * The columns the document is in, before and after the change. Absent when unknown: then
   * the lists of every column drop.
   */
  columns?: readonly Id[]
}

/**
 * "Drop everything": an invalidation whose reach is unknown (an instance that lost its channel
 * to the others). `*` empties every cache; `columns` (the navigation on every page) makes
 * Next.js expire every page.
 */
export const anyChange = '*'
export const anyChangeTags: readonly string[] = [anyChange, 'columns']

/** Every page that reads any document of the collection (site-wide lists, trees, name lookups). */
export const collectionTag = (collection: string): string => collection

/** The pages that show this one document. */
export const itemTag = (collection: string, id: Id): string => `${collection}:${id}`

/** The pages that list the collection's documents in this column; `*`: in any column. */
export const columnListTag = (collection: string, column: Id | '*'): string => `${collection}@column:${column}`

/** The tags a page listing the documents of these columns declares. */
export const columnListTags = (collection: string, columns: readonly Id[]): string[] => [
  columnListTag(collection, '*'),
  ...columns.map((column) => columnListTag(collection, column)),
]

/** The tags a batch of changes drops, each once. */
export function tagsFor(changes: readonly PublicChange[]): string[] {
  const tags = new Set<string>()
  for (const change of changes) {
    tags.add(collectionTag(change.collection))
    if (change.id !== undefined) tags.add(itemTag(change.collection, change.id))
    if (!change.columns) tags.add(columnListTag(change.collection, '*'))
    for (const column of change.columns ?? []) tags.add(columnListTag(change.collection, column))
  }
  return [...tags]
}

const idOf = (value: unknown): Id | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return undefined
}

/**
 * The columns a document is in (its `primaryColumn` and `columns` relationships), over every
 * version given: the published one before a change and the one after. Undefined when no
 * version has either field, so that the change drops every column's lists.
 */
export function columnsOf(...docs: readonly (Record<string, unknown> | null | undefined)[]): Id[] | undefined {
  const ids = new Set<Id>()
  let known = false
  for (const doc of docs) {
    if (!doc || !('primaryColumn' in doc || 'columns' in doc)) continue
    known = true
    const primary = idOf(doc.primaryColumn)
    if (primary !== undefined) ids.add(primary)
    for (const value of Array.isArray(doc.columns) ? doc.columns : []) {
      const id = idOf(value)
      if (id !== undefined) ids.add(id)
    }
  }
  return known ? [...ids] : undefined
}
