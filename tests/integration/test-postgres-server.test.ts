import { expect } from '@jest/globals'
import pg from 'pg'

import { itOnPostgres } from '../helpers/itOnPostgres'
import { choosePostgresServer, createTestDatabase, EMBEDDED_URL_ENV } from '../helpers/testDatabase'

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

itOnPostgres('runs on the configured server, or on the embedded one when none is configured', async () => {
  const configured = choosePostgresServer({ ...process.env, [EMBEDDED_URL_ENV]: undefined })
  const used = choosePostgresServer()
  if (configured.source === 'configured') {
    expect(used).toEqual(configured)
    return
  }
  // Nothing configured: it must be the server globalSetup started from npm, in its temp folder.
  expect(used.source).toBe('embedded')
  if (used.source !== 'embedded') return
  const [server] = await query<{ data_directory: string; version: string; superuser: string }>(
    used.url,
    "select current_setting('data_directory') as data_directory, current_setting('server_version_num') as version, current_setting('is_superuser') as superuser",
  )
  expect(server.data_directory).toBe(used.dir)
  expect(Number(server.version)).toBeGreaterThanOrEqual(170000)
  expect(server.superuser).toBe('on')
})

itOnPostgres('gives a test file a database of its own on that server and drops it afterwards', async () => {
  const database = await createTestDatabase('postgres')
  const name = new URL(database.url).pathname.slice(1)
  const [{ current }] = await query<{ current: string }>(database.url, 'select current_database() as current')
  expect(current).toBe(name)
  await database.drop()
  const admin = new URL(database.url)
  admin.pathname = '/postgres'
  const left = await query(admin.toString(), `select 1 from pg_database where datname = '${name}'`)
  expect(left).toHaveLength(0)
})
