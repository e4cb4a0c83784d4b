import { sql, type SQL } from 'drizzle-orm'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { newestFirst, seekPage, type SeekKey } from './seek'

/**
 * A page of a column list (items whose primary column, or one of whose further columns, is one
 * of `columnIds`), newest first, after a seek key. Adapter-specific SQL, one branch per engine.
 *
 * Why not `payload.find` with `primaryColumn in … or columns in …`: the hasMany condition makes
 * Payload join the relationship table and `select distinct` over every matching row before it
 * sorts, so each page read the whole column (SQLite at 150,000 items: page 1 in 3 s, page 500
 * not within 10 s). Here one narrow query reads only the keys (id, publish date) of the page
 * from the publish-date index, the further columns tested by `id in (subquery)`, and the
 * documents are then loaded by id through `payload.find`, so the collection's read access
 * (and its hooks) apply to them exactly as before. Keys whose documents the access rule hides
 * are skipped and the window read again past them.
 */

export type ColumnList = {
  collection: string
  /** The hasOne relationship to the column. */
  primaryColumnField: string
  /** The hasMany relationship to further columns, if any. */
  columnsField: string | null
  columnIds: (number | string)[]
  /**
   * About how many items the list holds, when known (the page starts' total). SQLite reads a
   * list of at least `walkFrom` items along the publish-date index; a smaller one by its column
   * indexes, sorted.
   */
  listSize?: number
}

/** SQLite: lists this long are walked in date order (a page costs about perPage × table / list rows). */
const walkFrom = 2_000

type Row = Record<string, unknown>
type Column = unknown
type Table = Record<string, Column>
type Drizzle = { execute?: (query: SQL) => Promise<{ rows: Row[] }>; all?: (query: SQL) => Promise<Row[]> }
type DrizzleAdapter = {
  name?: string
  drizzle: Drizzle
  tables: Record<string, Table>
  tableNameMap: Map<string, string>
  sessions?: Record<string | number, { db?: Drizzle }>
}

const list = (values: (number | string)[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )

/** The drizzle tables and columns of the list, or null when the adapter has none (MongoDB). */
function schemaOf(payload: Payload, query: ColumnList) {
  const db = payload.db as unknown as DrizzleAdapter
  if (db.name !== 'postgres' && db.name !== 'sqlite') return null
  const name = db.tableNameMap.get(query.collection) ?? query.collection
  const table = db.tables[name]
  const rels = db.tables[`${name}_rels`]
  const fields = payload.collections[query.collection as CollectionSlug]?.config.flattenedFields ?? []
  const columnsField = query.columnsField ? fields.find((field) => field.name === query.columnsField) : undefined
  const relationTo =
    columnsField && 'relationTo' in columnsField && typeof columnsField.relationTo === 'string'
      ? columnsField.relationTo
      : null
  const primary = table?.[query.primaryColumnField]
  if (!table || !primary || !table.id || !table.publishedAt) return null
  const further =
    relationTo && rels?.[`${relationTo}ID`]
      ? { rels, parent: rels.parent, path: rels.path, column: rels[`${relationTo}ID`] }
      : null
  if (query.columnsField && !further) return null
  return { db, table, primary, further }
}

/**
 * The columns condition: the primary column, or a further column through the relationship
 * table. `noIndex` puts SQLite's unary `+` before the columns, so that its planner cannot answer
 * the OR from the two column indexes (then sorting the whole list: 81 ms a page for a column
 * of 19,804 items) and walks the publish-date index instead (under 3 ms).
 */
function inColumnsSql(schema: NonNullable<ReturnType<typeof schemaOf>>, query: ColumnList, noIndex: boolean): SQL {
  const { table, primary, further } = schema
  const ids = list(query.columnIds)
  const plus = noIndex ? sql`+` : sql``
  if (!further) return sql`${plus}${primary} in (${ids})`
  return sql`(${plus}${primary} in (${ids}) or ${plus}${table.id} in (select ${further.parent} from ${further.rels}
    where ${further.path} = ${query.columnsField} and ${further.column} in (${ids})))`
}

/**
 * Up to `limit` keys after `key`, newest first: (publishedAt desc, id desc), the order of the
 * page starts (`pageStarts`). Items without a publish date are never public and have no key.
 */
async function keysAfter(
  payload: Payload,
  query: ColumnList,
  key: SeekKey | null,
  limit: number,
  req?: Partial<PayloadRequest>,
): Promise<SeekKey[] | null> {
  const schema = schemaOf(payload, query)
  if (!schema) return null
  const { db, table } = schema
  const transaction = req?.transactionID ? await req.transactionID : undefined
  const handle = (transaction !== undefined && db.sessions?.[transaction]?.db) || db.drizzle
  // `published_at <= K` first, so both engines range-scan the publish-date index from K down.
  const after = key
    ? sql`and ${table.publishedAt} <= ${key.publishedAt} and (${table.publishedAt} < ${key.publishedAt}
        or ${table.id} < ${key.id})`
    : sql``
  // PostgreSQL's planner weighs the two plans itself; SQLite's picks the column indexes.
  const walk = db.name === 'sqlite' && (query.listSize ?? walkFrom) >= walkFrom
  const select = sql`select ${table.id} as id, ${table.publishedAt} as published_at from ${table}
    where ${inColumnsSql(schema, query, walk)} and ${table.publishedAt} is not null ${after}
    order by ${table.publishedAt} desc, ${table.id} desc limit ${limit}`
  let rows: Row[]
  if (db.name === 'postgres') {
    // PostgreSQL: timestamptz comes back as a Date (or text, by the pool's parsers).
    rows = (await handle.execute!(select)).rows
    return rows.map((row) => ({
      id: row.id as number | string,
      publishedAt: new Date(row.published_at as string).toISOString(),
    }))
  }
  // SQLite: dates are stored as the ISO text Payload wrote, compared as text.
  rows = await handle.all!(select)
  return rows.map((row) => ({ id: row.id as number | string, publishedAt: String(row.published_at) }))
}

type Doc = { id: number | string; publishedAt?: string | null }

/**
 * Up to `limit` items of the column list after `key` (from the top without one), as
 * `payload.find` returns them under the collection's read access, plus the key to go on from.
 * Other adapters (MongoDB) read through `seekPage`.
 */
export async function seekColumnPage<T extends Doc>(
  payload: Payload,
  query: ColumnList & {
    key?: SeekKey | null
    limit: number
    select?: Record<string, boolean>
    depth?: number
    overrideAccess?: boolean
    req?: Partial<PayloadRequest>
  },
): Promise<{ docs: T[]; next: SeekKey | null }> {
  // One more than asked tells whether a next page exists without counting.
  const wanted = query.limit + 1
  const docs: T[] = []
  let key = query.key ?? null
  let window = wanted
  for (;;) {
    const keys = await keysAfter(payload, query, key, window, query.req)
    if (!keys) return fallback<T>(payload, query)
    if (!keys.length) break
    const found = await payload.find({
      collection: query.collection as CollectionSlug,
      where: { id: { in: keys.map((entry) => entry.id) } },
      sort: newestFirst,
      limit: keys.length,
      pagination: false,
      depth: query.depth ?? 0,
      overrideAccess: query.overrideAccess ?? false,
      req: query.req,
      ...(query.select ? { select: { ...query.select, publishedAt: true } } : {}),
    })
    docs.push(...(found.docs as unknown as T[]))
    if (docs.length >= wanted || keys.length < window) break
    // Some keys were hidden by the access rule: read on past them, in larger windows.
    key = keys[keys.length - 1]
    window = Math.min(window * 4, 2_000)
  }
  const page = docs.slice(0, query.limit)
  const last = page[page.length - 1]
  return {
    docs: page,
    next: docs.length > query.limit && last?.publishedAt ? { publishedAt: last.publishedAt, id: last.id } : null,
  }
}

function fallback<T extends Doc>(payload: Payload, query: Parameters<typeof seekColumnPage>[1]) {
  const ids = query.columnIds
  const where = {
    or: [
      { [query.primaryColumnField]: { in: ids } },
      ...(query.columnsField ? [{ [query.columnsField]: { in: ids } }] : []),
    ],
  }
  return seekPage<T>(payload, { ...query, where })
}
