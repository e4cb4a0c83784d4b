import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseAdapterObj, Payload } from 'payload'

/**
 * The database adapter for a plugin's alone-config: SQLite for a `file:` URL, PostgreSQL for a
 * `postgres://` one (MongoDB for `mongodb://`), the schema pushed (no migrations). The host's own choice of engine lives in
 * src/lib/database.ts; a plugin's tests need only these two. Only the adapter in use is loaded
 * (each takes a second or more to load, in every test file).
 */
export async function testDatabaseAdapter(databaseUrl: string): Promise<DatabaseAdapterObj> {
  if (databaseUrl.startsWith('file:')) {
    fs.mkdirSync(path.dirname(databaseUrl.slice('file:'.length)), { recursive: true })
    const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
    return sqliteAdapter({ client: { url: databaseUrl }, push: true, wal: true, busyTimeout: 10_000 })
  }
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    return postgresAdapter({ pool: { connectionString: databaseUrl }, push: true })
  }
  if (/^mongodb(\+srv)?:\/\//i.test(databaseUrl)) {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({ url: databaseUrl })
  }
  throw new Error(
    `testDatabaseAdapter: file:…, postgres://… or mongodb://… expected (got "${databaseUrl.split(':')[0]}:…")`,
  )
}

/**
 * Payload's SQL adapters push the schema only when NODE_ENV is not `production`. A
 * production build run against a throw-away database (end-to-end tests, a demo box) sets
 * DB_PUSH=true and gets the same push here. SQL-adapter branch: MongoDB has no schema.
 */
export async function pushSchemaInProduction(payload: Payload): Promise<void> {
  if (process.env.NODE_ENV !== 'production') return // the adapter already pushed
  if (!('drizzle' in payload.db)) return
  const { pushDevSchema } = await import('@payloadcms/drizzle')
  await pushDevSchema(payload.db as unknown as Parameters<typeof pushDevSchema>[0])
}
