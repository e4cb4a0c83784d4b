import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

import type { DatabaseChoice } from '../database'

const run = promisify(execFile)

/**
 * The database half of backup and restore, one branch per engine. SQLite: `VACUUM INTO` makes a
 * consistent copy of the live database (a file copy could catch a write half done, and misses
 * what is still in the WAL). PostgreSQL: `pg_dump --format=custom` (one snapshot) and
 * `pg_restore`, which must be of the server's major version or newer.
 */
export type DatabaseDump = { file: string; tool: string }

// ---- SQLite ----

const sqlitePath = (choice: DatabaseChoice) => choice.url.slice('file:'.length)

async function sqliteClient(file: string) {
  const { createClient } = await import('@libsql/client')
  return createClient({ url: `file:${file}` })
}

async function dumpSqlite(choice: DatabaseChoice, target: string): Promise<DatabaseDump> {
  const file = sqlitePath(choice)
  if (!fs.existsSync(file)) throw new Error(`no SQLite database at ${file}`)
  const client = await sqliteClient(file)
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [target] })
  } finally {
    client.close()
  }
  return { file: target, tool: 'sqlite VACUUM INTO' }
}

async function sqliteTables(file: string): Promise<number> {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return 0
  const client = await sqliteClient(file)
  try {
    const result = await client.execute("select count(*) as n from sqlite_master where type = 'table'")
    return Number(result.rows[0].n)
  } finally {
    client.close()
  }
}

async function restoreSqlite(choice: DatabaseChoice, dump: string): Promise<void> {
  const file = sqlitePath(choice)
  if ((await sqliteTables(file)) > 0)
    throw new Error(`the SQLite database ${file} is not empty: restore only into a new one`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
  // Copied beside it and renamed: a server started meanwhile never sees half a database.
  const partial = `${file}.restoring`
  fs.copyFileSync(dump, partial)
  fs.renameSync(partial, file)
}

// ---- PostgreSQL ----

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ server_version_num: string }>('show server_version_num')
    return Math.floor(Number(rows[0].server_version_num) / 10_000)
  } finally {
    await client.end()
  }
}

async function majorOf(binary: string): Promise<number | null> {
  try {
    const { stdout } = await run(binary, ['--version'])
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout)
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}

/**
 * `pg_dump`/`pg_restore` able to talk to a server of `major`: PG_BIN_DIR if set, then Debian's
 * /usr/lib/postgresql/<major>/bin (postgresql-client-<major>), then PATH. pg_dump refuses a
 * newer server than itself, so an older one is reported rather than tried.
 */
export async function postgresTool(name: 'pg_dump' | 'pg_restore', major: number): Promise<string> {
  const candidates = [
    ...(process.env.PG_BIN_DIR ? [path.join(process.env.PG_BIN_DIR, name)] : []),
    ...[major, major + 1, major + 2].map((version) => `/usr/lib/postgresql/${version}/bin/${name}`),
    name,
  ]
  const found: string[] = []
  for (const candidate of candidates) {
    if (candidate.includes('/') && !fs.existsSync(candidate)) continue
    const version = await majorOf(candidate)
    if (version === null) continue
    if (version >= major) return candidate
    found.push(`${candidate} is ${version}`)
  }
  throw new Error(
    `${name} of PostgreSQL ${major} or newer is needed (the server is ${major}; ${found.join(', ') || 'none found'}). ` +
      `Install postgresql-client-${major} (Debian/Ubuntu: from apt.postgresql.org) or set PG_BIN_DIR to its bin folder.`,
  )
}

async function dumpPostgres(choice: DatabaseChoice, target: string): Promise<DatabaseDump> {
  const tool = await postgresTool('pg_dump', await serverMajor(choice.url))
  await run(tool, ['--format=custom', '--no-owner', '--no-privileges', `--file=${target}`, `--dbname=${choice.url}`], {
    maxBuffer: 16 * 1024 * 1024,
  })
  return { file: target, tool: `${tool} (${(await run(tool, ['--version'])).stdout.trim()})` }
}

async function postgresTables(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ n: string }>(
      "select count(*) as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')",
    )
    return Number(rows[0].n)
  } finally {
    await client.end()
  }
}

async function restorePostgres(choice: DatabaseChoice, dump: string): Promise<void> {
  if ((await postgresTables(choice.url)) > 0) {
    throw new Error('the PostgreSQL database is not empty: restore only into a new, empty database')
  }
  const tool = await postgresTool('pg_restore', await serverMajor(choice.url))
  // One transaction: a restore that fails leaves the database empty, not half filled.
  await run(
    tool,
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${choice.url}`, dump],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  )
}

// ---- per engine ----

export function databaseDumpName(choice: DatabaseChoice): string {
  if (choice.kind === 'sqlite') return 'database.sqlite'
  if (choice.kind === 'postgres') return 'database.pgdump'
  throw new Error('backup and restore cover SQLite and PostgreSQL; for MongoDB use mongodump/mongorestore')
}

export async function dumpDatabase(choice: DatabaseChoice, target: string): Promise<DatabaseDump> {
  if (choice.kind === 'sqlite') return dumpSqlite(choice, target)
  if (choice.kind === 'postgres') return dumpPostgres(choice, target)
  throw new Error(databaseDumpName(choice))
}

export async function restoreDatabase(choice: DatabaseChoice, dump: string): Promise<void> {
  if (choice.kind === 'sqlite') return restoreSqlite(choice, dump)
  if (choice.kind === 'postgres') return restorePostgres(choice, dump)
  throw new Error(databaseDumpName(choice))
}
