import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest, type Where } from 'payload'

/**
 * Keyset ("seek") pagination of item lists ordered newest first by (publishedAt, id).
 *
 * A page is read as "the next `limit` items after this key", which the database answers from
 * the publish-date index whatever the page number; OFFSET instead reads and drops every row
 * before the page. Two ways to get the key:
 * - a cursor from the page before (`nextCursor`, for the API and next/previous links);
 * - for numbered pages (`…/page/500`, which the static export needs as files), the page
 *   boundaries of the whole list, read once in one narrow pass (ids and dates only) and kept
 *   by the caller until the list changes; that pass also gives the total, so no page counts.
 */

export type SeekKey = { publishedAt: string; id: number | string }

type Doc = { id: number | string; publishedAt?: string | null }

/** Items after `key` in (publishedAt desc, id desc) order. */
export function after(key: SeekKey): Where {
  return {
    or: [
      { publishedAt: { less_than: key.publishedAt } },
      { and: [{ publishedAt: { equals: key.publishedAt } }, { id: { less_than: key.id } }] },
    ],
  }
}

export const newestFirst = ['-publishedAt', '-id']

const keyOf = (doc: Doc): SeekKey | null => (doc.publishedAt ? { publishedAt: doc.publishedAt, id: doc.id } : null)

/** An opaque cursor for the API (`after=`). */
export const encodeCursor = (key: SeekKey): string =>
  Buffer.from(JSON.stringify([key.publishedAt, key.id])).toString('base64url')

/** The key of a cursor, or null when it is not one of ours. */
export function decodeCursor(cursor: string): SeekKey | null {
  if (!/^[\w-]{1,200}$/.test(cursor)) return null
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (!Array.isArray(value) || value.length !== 2) return null
    const [publishedAt, id] = value as unknown[]
    if (typeof publishedAt !== 'string' || Number.isNaN(Date.parse(publishedAt))) return null
    if (typeof id !== 'number' && typeof id !== 'string') return null
    return { publishedAt, id }
  } catch {
    return null
  }
}

export type ListQuery = {
  collection: string
  /** The list's own conditions (column, filters); access rules are added by Payload. */
  where?: Where
  overrideAccess?: boolean
  req?: Partial<PayloadRequest>
}

const both = (a: Where | undefined, b: Where | undefined): Where | undefined => (a && b ? { and: [a, b] } : (a ?? b))

/** Up to `limit` items after `key` (from the start without one), plus the key to go on from. */
export async function seekPage<T extends Doc>(
  payload: Payload,
  query: ListQuery & { key?: SeekKey | null; limit: number; select?: Record<string, boolean>; depth?: number },
): Promise<{ docs: T[]; next: SeekKey | null }> {
  const { docs } = await payload.find({
    collection: query.collection as CollectionSlug,
    where: both(query.where, query.key ? after(query.key) : undefined),
    sort: newestFirst,
    // One more than asked tells whether a next page exists without counting.
    limit: query.limit + 1,
    pagination: false,
    depth: query.depth ?? 0,
    overrideAccess: query.overrideAccess ?? false,
    req: query.req,
    ...(query.select ? { select: { ...query.select, publishedAt: true } } : {}),
  })
  const page = (docs as unknown as T[]).slice(0, query.limit)
  const last = page[page.length - 1]
  return { docs: page, next: docs.length > query.limit && last ? keyOf(last) : null }
}

/**
 * The collection's read rule as the public (no user) gets it: Payload's own access function,
 * so the rules other plugins add to it (the publish workflow's withdrawals) apply too.
 */
export async function publicReadRule(payload: Payload, collection: string): Promise<Where | boolean> {
  const read = payload.collections[collection as CollectionSlug]?.config.access.read
  if (!read) return false
  return read({ req: await createLocalReq({}, payload) })
}

/**
 * Where numbered pages start: `starts[n]` is the key after which page n + 2 begins (page 1
 * starts at the top). One narrow pass over the list in chunks of `chunk` keys; the keys of
 * the items in between are not kept, so a list of 150,000 items holds 7,500 keys at 20 a page.
 * The pass reads through the database adapter (ids and dates only, no hooks, no documents
 * built), with the public read rule added to the list's conditions unless `overrideAccess`:
 * through `payload.find` it ran the read hooks and field access of every row, about 53 s for a
 * column of 10,558 items on a loaded machine.
 */
export async function pageStarts(
  payload: Payload,
  query: ListQuery & { perPage: number; chunk?: number },
): Promise<{ total: number; starts: SeekKey[] }> {
  const chunk = Math.max(query.perPage, Math.floor((query.chunk ?? 50_000) / query.perPage) * query.perPage)
  const rule = query.overrideAccess ? true : await publicReadRule(payload, query.collection)
  if (rule === false) return { total: 0, starts: [] }
  const where = rule === true ? query.where : both(query.where, rule)
  const starts: SeekKey[] = []
  let total = 0
  let key: SeekKey | null = null
  for (;;) {
    const { docs } = await payload.db.find({
      collection: query.collection as CollectionSlug,
      where: both(where, key ? after(key) : undefined) ?? {},
      sort: newestFirst,
      limit: chunk,
      pagination: false,
      req: query.req,
      select: { publishedAt: true },
    })
    const rows = docs as unknown as Doc[]
    for (let index = query.perPage - 1; index < rows.length; index += query.perPage) {
      const start = keyOf(rows[index])
      if (start) starts.push(start)
    }
    total += rows.length
    const last = rows[rows.length - 1]
    key = last ? keyOf(last) : null
    if (rows.length < chunk || !key) break
  }
  // A boundary after the very last item starts no page.
  if (total % query.perPage === 0 && starts.length) starts.pop()
  return { total, starts }
}
