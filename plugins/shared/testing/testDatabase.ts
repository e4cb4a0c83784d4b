import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type TestDatabaseKind = 'sqlite' | 'postgres'

export type TestDatabase = {
  kind: TestDatabaseKind
  /** A DATABASE_URL for this database alone. */
  url: string
  drop: () => Promise<void>
}

/** Admin connection for creating per-test databases; `.ci/postgres-setup.sh` makes this role. */
export const postgresAdminUrl = process.env.TEST_POSTGRES_URL || 'postgres://gongkai:gongkai@127.0.0.1:5432/postgres'

/** The engine for this jest project: set by the project's setup file, SQLite otherwise. */
export function testDatabaseKind(): TestDatabaseKind {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite'
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
  const admin = new pg.Client({ connectionString: postgresAdminUrl })
  await admin.connect()
  try {
    await admin.query(`create database "${name}"`)
  } finally {
    await admin.end()
  }
  const url = new URL(postgresAdminUrl)
  url.pathname = `/${name}`
  return {
    kind,
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresAdminUrl })
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
