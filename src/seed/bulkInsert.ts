import { createLocalReq, type CollectionSlug, type Payload } from 'payload'

type Row = Record<string, unknown>

/** What the SQL adapters (@payloadcms/drizzle) expose beside Payload's adapter interface. */
type DrizzleAdapter = {
  drizzle: { insert: (table: unknown) => { values: (rows: Row[]) => Promise<unknown> } }
  tables: Record<string, unknown>
  tableNameMap: Map<string, string>
}
/** What @payloadcms/db-mongodb exposes: a mongoose model per collection. */
type MongooseAdapter = { collections: Record<string, { insertMany: (rows: Row[]) => Promise<unknown> }> }

const chunk = 500

/**
 * Inserts many rows of a flat collection (scalar fields and single relationships, no arrays,
 * blocks, locales or versions) in multi-row statements: seeding a year of hit counters one
 * `payload.db.create` at a time took 10 s on SQLite, most of it one round trip per row.
 * Skips hooks, access and validation like any adapter-level write, so the rows must be valid.
 * Other adapters fall back to one `payload.db.create` per row inside transactions.
 */
export async function bulkInsert(payload: Payload, collection: CollectionSlug, rows: Row[]): Promise<void> {
  const now = new Date().toISOString()
  const stamped = rows.map((row) => ({ createdAt: now, updatedAt: now, ...row }))
  const db = payload.db as unknown as Partial<DrizzleAdapter & MongooseAdapter>
  const tableName = db.tableNameMap?.get(collection.replace(/-/g, '_'))
  if (db.drizzle && db.tables && tableName && db.tables[tableName]) {
    const table = db.tables[tableName]
    for (let i = 0; i < stamped.length; i += chunk) await db.drizzle.insert(table).values(stamped.slice(i, i + chunk))
    return
  }
  if (payload.db.name === 'mongoose' && db.collections?.[collection]) {
    for (let i = 0; i < stamped.length; i += chunk)
      await db.collections[collection].insertMany(stamped.slice(i, i + chunk))
    return
  }
  for (let i = 0; i < stamped.length; i += chunk) {
    const req = await createLocalReq({}, payload)
    const transactionID = await payload.db.beginTransaction()
    if (transactionID) req.transactionID = transactionID
    try {
      for (const data of stamped.slice(i, i + chunk)) await payload.db.create({ collection, data, req })
      if (transactionID) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
  }
}
