import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseAdapterObj } from 'payload'

import { projectRoot } from './paths'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export type DatabaseChoice = {
  kind: DatabaseKind
  /** Connection string as the adapter wants it (`file:` URL for SQLite). */
  url: string
}

/** Where the embedded database lives when `DATABASE_URL` is unset. */
export const defaultSqliteFile = path.join(projectRoot, 'data', 'gongkai.db')

/**
 * Reads `DATABASE_URL` and decides which engine serves the site. This is the only
 * place in the code base that knows which adapter is in use.
 */
export function chooseDatabase(databaseUrl: string | undefined): DatabaseChoice {
  const raw = (databaseUrl ?? '').trim()
  if (!raw) return { kind: 'sqlite', url: `file:${defaultSqliteFile}` }
  if (raw.startsWith('file:')) {
    const filePath = raw.slice('file:'.length)
    return { kind: 'sqlite', url: `file:${path.resolve(projectRoot, filePath)}` }
  }
  if (/^postgres(ql)?:\/\//i.test(raw)) return { kind: 'postgres', url: raw }
  if (/^mongodb(\+srv)?:\/\//i.test(raw)) return { kind: 'mongodb', url: raw }
  throw new Error(`DATABASE_URL must be empty, file:PATH, postgres://… or mongodb://… (got "${raw.split(':')[0]}:…")`)
}

type AdapterOptions = {
  /** Push the schema without migrations (development and tests). */
  push: boolean
}

/**
 * Loads only the adapter in use: the other two take a second or more each to load, on every
 * server start and in every test file.
 */
export async function databaseAdapter(choice: DatabaseChoice, { push }: AdapterOptions): Promise<DatabaseAdapterObj> {
  switch (choice.kind) {
    case 'sqlite': {
      fs.mkdirSync(path.dirname(choice.url.slice('file:'.length)), { recursive: true })
      const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
      return sqliteAdapter({
        client: { url: choice.url },
        push,
        // WAL lets readers proceed while a writer holds the lock; the busy timeout makes
        // concurrent writers queue instead of failing with SQLITE_BUSY.
        wal: true,
        busyTimeout: 10_000,
        migrationDir: path.join(projectRoot, 'migrations', 'sqlite'),
      })
    }
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      return postgresAdapter({
        pool: { connectionString: choice.url },
        push,
        migrationDir: path.join(projectRoot, 'migrations', 'postgres'),
      })
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({ url: choice.url })
    }
  }
}

export { pushSchemaInProduction } from '../../plugins/shared/testing/database'
