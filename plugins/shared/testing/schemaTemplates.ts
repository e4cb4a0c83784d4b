import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { DatabaseAdapterObj, SanitizedConfig } from 'payload'

import { postgresAdminUrl, type TestDatabase } from './testDatabase'

/**
 * Schema templates for test databases: the first test file of a schema pushes it as usual and
 * leaves an empty copy behind; every later file of the same schema starts from a copy of that
 * one and skips the push (drizzle-kit's introspection and hundreds of CREATE statements, a few
 * seconds a file). The key is the adapter's own description of its tables, so a changed field
 * is a new template. Any failure falls back to the plain push: a template is a speed-up only.
 *
 * SQL-adapter branches, one per engine: SQLite copies a file (`VACUUM INTO` right after the
 * push), PostgreSQL uses `CREATE DATABASE … TEMPLATE`, which needs the source without
 * connections, so the copy is taken when the file's Payload has closed, then emptied.
 */

type Adapter = {
  push?: boolean
  rawTables?: unknown
  enums?: unknown
  client?: { execute: (sql: string) => Promise<unknown> }
  connect?: (options?: unknown) => Promise<void>
}

const templateDir = path.join(os.tmpdir(), 'gongkai-tests', 'templates')
/** Set for one jest run (postgresGlobalSetup): its PostgreSQL templates are dropped at its end. */
export const TEMPLATE_RUN_ENV = 'GONGKAI_TEMPLATE_RUN'
export const postgresTemplatePrefix = 'gk_tpl_'

/** The schema's key, or null when the adapter does not describe its tables as plain data. */
function hashOf(adapter: Adapter): string | null {
  if (!adapter.rawTables) return null
  try {
    const description = JSON.stringify({ tables: adapter.rawTables, enums: adapter.enums ?? null })
    return crypto.createHash('sha256').update(description).digest('hex').slice(0, 24)
  } catch {
    return null
  }
}

export type SchemaTemplates = {
  /** The config with its adapter starting from a template when there is one. */
  attach: (config: SanitizedConfig) => SanitizedConfig
  /** After Payload closed: leaves the template behind if this file made the schema itself. */
  saveIfNew: () => Promise<void>
}

export function schemaTemplates(database: TestDatabase): SchemaTemplates | null {
  if (process.env.GONGKAI_SCHEMA_TEMPLATES === 'false') return null
  if (database.kind === 'sqlite') return sqliteTemplates(database)
  if (database.kind === 'postgres') return postgresTemplates(database)
  return null
}

/** Wraps the adapter's connect: `before` runs once the schema is known and nothing is connected yet. */
function wrapConnect(
  config: SanitizedConfig,
  around: (adapter: Adapter, connect: () => Promise<void>) => Promise<void>,
): SanitizedConfig {
  const db = config.db as unknown as DatabaseAdapterObj
  const init = db.init
  const wrapped: DatabaseAdapterObj = {
    ...db,
    init: (args) => {
      const adapter = init(args) as unknown as Adapter
      const connect = adapter.connect
      if (connect) adapter.connect = (options) => around(adapter, () => connect.call(adapter, options))
      return adapter as never
    },
  }
  return { ...config, db: wrapped as never }
}

function sqliteTemplates(database: TestDatabase): SchemaTemplates {
  const file = database.url.slice('file:'.length)
  return {
    attach: (config) =>
      wrapConnect(config, async (adapter, connect) => {
        const hash = hashOf(adapter)
        if (!hash) return connect()
        const template = path.join(templateDir, `${hash}.db`)
        if (fs.existsSync(template)) {
          fs.copyFileSync(template, file)
          adapter.push = false
          return connect()
        }
        await connect()
        try {
          fs.mkdirSync(templateDir, { recursive: true })
          const partial = `${template}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`
          await adapter.client!.execute(`vacuum into '${partial.replace(/'/g, "''")}'`)
          // Atomic: a parallel worker sees no template or a whole one.
          fs.renameSync(partial, template)
        } catch {
          // No template this time; the next file pushes again.
        }
      }),
    saveIfNew: async () => {},
  }
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

function postgresTemplates(database: TestDatabase): SchemaTemplates {
  const name = new URL(database.url).pathname.slice(1)
  const run = process.env[TEMPLATE_RUN_ENV] || 'local'
  let pending: string | null = null
  const templateName = (hash: string) => `${postgresTemplatePrefix}${run}_${hash}`.slice(0, 63)

  return {
    attach: (config) =>
      wrapConnect(config, async (adapter, connect) => {
        const hash = hashOf(adapter)
        if (!hash) return connect()
        const template = templateName(hash)
        const cloned = await withAdmin(async (admin) => {
          const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [template])
          if (!rowCount) return false
          try {
            // The file's database exists (empty, unconnected): replace it by a copy of the template.
            await admin.query(`drop database if exists "${name}"`)
            await admin.query(`create database "${name}" template "${template}"`)
            return true
          } catch {
            await admin.query(`create database "${name}"`).catch(() => undefined)
            return false
          }
        }).catch(() => false)
        if (cloned) adapter.push = false
        else pending = template
        return connect()
      }),
    saveIfNew: async () => {
      if (!pending) return
      const template = pending
      const partial = `${postgresTemplatePrefix}tmp_${crypto.randomBytes(6).toString('hex')}`
      try {
        await withAdmin((admin) => admin.query(`create database "${partial}" template "${name}"`))
        const url = new URL(database.url)
        url.pathname = `/${partial}`
        const client = new pg.Client({ connectionString: url.toString() })
        await client.connect()
        try {
          const { rows } = await client.query<{ name: string }>(
            `select format('%I.%I', schemaname, tablename) as name from pg_tables
             where schemaname not in ('pg_catalog', 'information_schema') and tablename <> 'payload_migrations'`,
          )
          if (rows.length)
            await client.query(`truncate ${rows.map((row) => row.name).join(', ')} restart identity cascade`)
        } finally {
          await client.end()
        }
        await withAdmin((admin) => admin.query(`alter database "${partial}" rename to "${template}"`))
      } catch {
        // Another worker saved it first, or the database was still in use: no template this time.
        await withAdmin((admin) => admin.query(`drop database if exists "${partial}"`)).catch(() => undefined)
      }
    },
  }
}

/** Drops this run's PostgreSQL templates (postgresGlobalTeardown). */
export async function dropPostgresTemplates(run: string): Promise<void> {
  await withAdmin(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [
      `${postgresTemplatePrefix}${run}\\_%`,
    ])
    for (const { datname } of rows) await admin.query(`drop database if exists "${datname}"`).catch(() => undefined)
  })
}
