import type { CollectionSlug, Payload, Where } from 'payload'

import type { ResolvedHitCounterOptions } from '../types'

type ColumnEntry = { id: number | string; path?: string }
type Id = number | string

/** Numeric, MongoDB ObjectId or UUID ids; anything else can only be a path. */
const idLike = /^\d+$|^[0-9a-f]{24}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const relationId = (value: unknown): Id | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return typeof value === 'number' || typeof value === 'string' ? value : undefined
}

/**
 * Which columns and items a hit may name: exactly what the public may read (the collections'
 * own read access, so drafts, withheld and withdrawn items never count). Kept in memory so a
 * hit costs no query; rebuilt periodically, re-checked when a document changes, and a miss
 * asks the database once (an item published on another instance) with a short negative cache.
 */
export function createPublicIds(payload: Payload, options: ResolvedHitCounterOptions) {
  const columns = new Map<string, ColumnEntry>()
  const columnByPath = new Map<string, string>()
  const items = new Map<string, Map<string, Id>>()
  const misses = new Map<string, number>()
  const lookups = new Map<string, Promise<boolean>>()
  const missTtlMs = 30_000
  // Incremental refreshes read only the items changed since the last one (by updatedAt, with a
  // margin for clocks and transactions still open); a full reload every `fullEveryMs` also
  // catches items deleted on another instance, which no change marks.
  const fullEveryMs = 30 * 60_000
  const changedMarginMs = 2 * 60_000
  let lastFull = 0
  let lastRefresh = 0
  const itemConfig = new Map(options.items.map((item) => [item.slug as string, item]))

  // Only the fields needed (a notice's body can be large; there may be tens of thousands).
  const publicFind = async (collection: CollectionSlug, field: string, where?: Where) =>
    payload.find({
      collection,
      where,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      draft: false,
      select: { [field]: true },
    })

  async function loadColumns(where?: Where) {
    const and = [where, options.columnsWhere].filter(Boolean) as Where[]
    const { docs } = await publicFind(options.columns.slug, options.columns.pathField, and.length ? { and } : undefined)
    return docs.map((doc) => {
      const record = doc as unknown as Record<string, unknown>
      const path = record[options.columns.pathField]
      return { id: doc.id, path: typeof path === 'string' ? path : undefined }
    })
  }

  function putColumn(entry: ColumnEntry) {
    columns.set(String(entry.id), entry)
    if (entry.path) columnByPath.set(entry.path, String(entry.id))
  }

  async function loadItems(slug: string, where?: Where) {
    const config = itemConfig.get(slug)!
    const { docs } = await publicFind(slug as CollectionSlug, config.primaryColumnField, where)
    const found: [string, Id][] = []
    for (const doc of docs) {
      const column = relationId((doc as unknown as Record<string, unknown>)[config.primaryColumnField])
      if (column !== undefined) found.push([String(doc.id), column])
    }
    return found
  }

  return {
    async refresh() {
      const started = Date.now()
      if (!lastFull || started - lastFull >= fullEveryMs) await this.fullRefresh()
      else {
        const freshColumns = await loadColumns()
        columns.clear()
        columnByPath.clear()
        freshColumns.forEach(putColumn)
        for (const slug of itemConfig.keys()) await this.refreshChanged(slug, new Date(lastRefresh - changedMarginMs))
        misses.clear()
      }
      lastRefresh = started
    },

    /** Every column and public item again (150,000 items: a few seconds of one query). */
    async fullRefresh() {
      const started = Date.now()
      const freshColumns = await loadColumns()
      const freshItems = new Map<string, Map<string, Id>>()
      for (const slug of itemConfig.keys()) freshItems.set(slug, new Map(await loadItems(slug)))
      columns.clear()
      columnByPath.clear()
      freshColumns.forEach(putColumn)
      items.clear()
      for (const [slug, map] of freshItems) items.set(slug, map)
      misses.clear()
      lastFull = started
    },

    /** The items of `slug` changed since `since`: public ones (re)entered, the others dropped. */
    async refreshChanged(slug: string, since: Date) {
      const collection = payload.collections[slug as CollectionSlug]
      // Without timestamps no change can be found by date: read everything.
      if (collection?.config.timestamps === false) {
        items.set(slug, new Map(await loadItems(slug)))
        return
      }
      const { docs } = await payload.find({
        collection: slug as CollectionSlug,
        where: { updatedAt: { greater_than_equal: since.toISOString() } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        draft: false,
        select: { updatedAt: true },
      })
      if (!docs.length) return
      // A mass change (an import): one full read costs less than many look-ups.
      if (docs.length > 5_000) {
        items.set(slug, new Map(await loadItems(slug)))
        return
      }
      const ids = docs.map((doc) => doc.id)
      const visible = new Map<string, Id>()
      for (let index = 0; index < ids.length; index += 1_000) {
        for (const [id, column] of await loadItems(slug, { id: { in: ids.slice(index, index + 1_000) } }))
          visible.set(id, column)
      }
      const map = items.get(slug) ?? new Map<string, Id>()
      items.set(slug, map)
      for (const id of ids) {
        const column = visible.get(String(id))
        if (column === undefined) map.delete(String(id))
        else map.set(String(id), column)
      }
    },

    /** A changed document: drop what we knew, so the next hit asks the database. */
    forget(collection: string, id: Id) {
      misses.delete(`${collection}:${id}`)
      if (collection === options.columns.slug) {
        const old = columns.get(String(id))
        if (old?.path) columnByPath.delete(old.path)
        columns.delete(String(id))
        // A path may have been refused before the column existed under it.
        for (const key of misses.keys()) if (key.startsWith(`${collection}:`)) misses.delete(key)
      } else items.get(collection)?.delete(String(id))
    },

    /** A changed document: ask again whether the public may read it. */
    async recheck(collection: string, id: Id) {
      misses.delete(`${collection}:${id}`)
      if (collection === options.columns.slug) {
        const old = columns.get(String(id))
        if (old?.path) columnByPath.delete(old.path)
        columns.delete(String(id))
        const [entry] = await loadColumns({ id: { equals: id } })
        if (entry) putColumn(entry)
        return
      }
      const map = items.get(collection)
      if (!map) return
      map.delete(String(id))
      const [entry] = await loadItems(collection, { id: { equals: id } })
      if (entry) map.set(entry[0], entry[1])
    },

    /** The column named by id or path, or null. */
    async column(ref: string | number): Promise<Id | null> {
      const text = String(ref)
      const byId = columns.get(text) ?? columns.get(columnByPath.get(text) ?? '')
      if (byId) return byId.id
      if (!(await this.lookupMiss(options.columns.slug, text))) return null
      const found = columns.get(text) ?? columns.get(columnByPath.get(text) ?? '')
      return found?.id ?? null
    },

    /** The primary column of a publicly readable item, or null. */
    async itemColumn(collection: string, id: string | number): Promise<Id | null> {
      const map = items.get(collection)
      if (!map) return null
      const text = String(id)
      const hit = map.get(text)
      if (hit !== undefined) return hit
      if (!(await this.lookupMiss(collection, text))) return null
      return map.get(text) ?? null
    },

    /**
     * One database look-up for an unknown reference (concurrent hits for it share the one
     * query), then remembered as absent for a while.
     */
    async lookupMiss(collection: string, ref: string): Promise<boolean> {
      const missKey = `${collection}:${ref}`
      const until = misses.get(missKey)
      if (until && until > Date.now()) return false
      const running = lookups.get(missKey)
      if (running) return running
      const lookup = this.lookup(collection, ref).then((found) => {
        lookups.delete(missKey)
        if (!found) {
          if (misses.size > 50_000) misses.clear()
          misses.set(missKey, Date.now() + missTtlMs)
        }
        return found
      })
      lookups.set(missKey, lookup)
      return lookup
    },

    async lookup(collection: string, ref: string): Promise<boolean> {
      try {
        if (collection === options.columns.slug) {
          const byId = idLike.test(ref) ? await loadColumns({ id: { equals: ref } }).catch(() => []) : []
          const found = byId.length ? byId : await loadColumns({ [options.columns.pathField]: { equals: ref } })
          found.forEach(putColumn)
          return found.length > 0
        }
        const found = await loadItems(collection, { id: { equals: ref } })
        for (const [id, column] of found) items.get(collection)!.set(id, column)
        return found.length > 0
      } catch {
        // A malformed id (text where the database wants a number) is simply not found.
        return false
      }
    },

    get size() {
      let total = columns.size
      for (const map of items.values()) total += map.size
      return total
    },
  }
}

export type PublicIds = ReturnType<typeof createPublicIds>
