import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type TestDatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export type TestDatabase = {
  kind: TestDatabaseKind
  /** A DATABASE_URL for this database alone. */
  url: string
  drop: () => Promise<void>
}

export type PostgresServerChoice =
  /** A server the developer or CI named; used as it is. */
  | { source: 'configured'; via: string; url: string }
  /** The server the postgres project's globalSetup started from npm for this jest run. */
  | { source: 'embedded'; url: string; dir: string }
  | { source: 'none' }

/** Set by tests/helpers/postgresGlobalSetup.ts for the workers of one jest run. */
export const EMBEDDED_URL_ENV = 'GONGKAI_EMBEDDED_POSTGRES_URL'
export const EMBEDDED_DIR_ENV = 'GONGKAI_EMBEDDED_POSTGRES_DIR'

/** Environment variables (process.env, or a test's own set). */
type Env = Record<string, string | undefined>

/** libpq's connection variables; any of them means a server is configured. */
const libpqVariables = ['PGHOST', 'PGHOSTADDR', 'PGPORT', 'PGUSER', 'PGPASSWORD', 'PGDATABASE']

/**
 * Which PostgreSQL server the tests use: a configured one (TEST_POSTGRES_URL, a postgres://
 * TEST_DATABASE_URL, or libpq's PG* variables) wins; otherwise the embedded one of this run.
 */
export function choosePostgresServer(env: Env = process.env): PostgresServerChoice {
  if (env.TEST_POSTGRES_URL) return { source: 'configured', via: 'TEST_POSTGRES_URL', url: env.TEST_POSTGRES_URL }
  if (env.TEST_DATABASE_URL && /^postgres(ql)?:\/\//i.test(env.TEST_DATABASE_URL)) {
    return { source: 'configured', via: 'TEST_DATABASE_URL', url: env.TEST_DATABASE_URL }
  }
  const libpq = libpqVariables.filter((name) => env[name])
  if (libpq.length > 0) {
    // Fill in only what the variables give; pg reads others (PGSSLMODE, …) from the environment itself.
    const url = new URL('postgres://')
    const host = env.PGHOST || env.PGHOSTADDR || '127.0.0.1'
    // A PGHOST starting with "/" is a Unix socket folder, which a URL carries as ?host=.
    if (host.startsWith('/')) url.searchParams.set('host', host)
    else url.hostname = host
    if (env.PGPORT) url.port = env.PGPORT
    if (env.PGUSER) url.username = encodeURIComponent(env.PGUSER)
    if (env.PGPASSWORD) url.password = encodeURIComponent(env.PGPASSWORD)
    url.pathname = `/${env.PGDATABASE || 'postgres'}`
    return { source: 'configured', via: libpq.join(', '), url: url.toString() }
  }
  const embedded = env[EMBEDDED_URL_ENV]
  if (embedded) return { source: 'embedded', url: embedded, dir: env[EMBEDDED_DIR_ENV] ?? '' }
  return { source: 'none' }
}

/** Admin connection (may create and drop databases) for the per-test databases. */
export function postgresAdminUrl(env: Env = process.env): string {
  const choice = choosePostgresServer(env)
  if (choice.source === 'none') {
    throw new Error(
      'No PostgreSQL server for the tests: run them through the jest project "postgres" (it starts an embedded ' +
        'server) or set TEST_POSTGRES_URL=postgres://user:password@host:port/postgres',
    )
  }
  return choice.url
}

/** The engine for this jest project: set by the project's setup file, SQLite otherwise. */
export function testDatabaseKind(): TestDatabaseKind {
  const kind = process.env.TEST_DB
  return kind === 'postgres' || kind === 'mongodb' ? kind : 'sqlite'
}

/**
 * A brand-new, empty database for one test file. Names are random, so parallel jest
 * workers and parallel runs on one machine never share a database.
 */
export async function createTestDatabase(kind: TestDatabaseKind = testDatabaseKind()): Promise<TestDatabase> {
  const name = `gk_${Date.now().toString(36)}_${crypto.randomBytes(4).toString('hex')}`
  if (kind === 'sqlite') {
    const dir = path.join(os.tmpdir(), 'gongkai-tests')
    fs.mkdirSync(dir, { recursive: true })
    const file = path.join(dir, `${name}.db`)
    return {
      kind,
      url: `file:${file}`,
      drop: async () => {
        for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true })
      },
    }
  }
  if (kind === 'mongodb') return createMongoDatabase(name)
  const adminUrl = postgresAdminUrl()
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    await admin.query(`create database "${name}"`)
  } finally {
    await admin.end()
  }
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    kind,
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl })
      await client.connect()
      try {
        // FORCE ends the connections still open on it. PostgreSQL refuses that to a role
        // without pg_signal_backend while an autovacuum worker happens to be in the database
        // (it belongs to no role), so wait for the worker to finish and try again.
        for (let attempt = 1; ; attempt++) {
          try {
            await client.query(`drop database if exists "${name}" with (force)`)
            break
          } catch (error) {
            if ((error as { code?: string }).code !== '42501' || attempt >= 20) throw error
            await new Promise((resolve) => setTimeout(resolve, 250))
          }
        }
      } finally {
        await client.end()
      }
    },
  }
}

/** A database named `name` on MONGODB_URL's server (MongoDB creates it on first write). */
function createMongoDatabase(name: string): TestDatabase {
  const server = process.env.MONGODB_URL
  if (!server) throw new Error('The mongodb test project needs MONGODB_URL=mongodb://host:port')
  const url = new URL(server)
  url.pathname = `/${name}`
  return {
    kind: 'mongodb',
    url: url.toString(),
    drop: async () => {
      // Loaded here so the SQL projects never load the MongoDB driver.
      const { MongoClient } = await import('mongodb')
      const client = new MongoClient(url.toString())
      try {
        await client.connect()
        await client.db(name).dropDatabase()
      } finally {
        await client.close()
      }
    },
  }
}
