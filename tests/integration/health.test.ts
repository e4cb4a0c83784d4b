import { afterAll, beforeAll, expect, it } from '@jest/globals'

import pg from 'pg'

import { itOnPostgres } from '../helpers/itOnPostgres'
import { postgresAdminUrl } from '../helpers/testDatabase'
import { startTestSite, type TestSite } from '../helpers/testPayload'

let site: TestSite
beforeAll(async () => {
  site = await startTestSite()
})
afterAll(async () => site?.close())

it('answers 200 while the database is reachable', async () => {
  const response = await site.rest('GET', '/health')
  expect(response.status).toBe(200)
  expect(await response.json()).toMatchObject({ status: 'ok', database: 'up' })
})

it('answers 503 when the database fails', async () => {
  const original = site.payload.db.count
  site.payload.db.count = async () => {
    throw new Error('connection refused')
  }
  try {
    const response = await site.rest('GET', '/health')
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({ database: 'down' })
  } finally {
    site.payload.db.count = original
  }
})

itOnPostgres('keeps serving after the database server ends its connections (restart, failover)', async () => {
  const pool = (site.payload.db as unknown as { pool: { idleCount: number } }).pool
  await Promise.all(Array.from({ length: 3 }, () => site.payload.count({ collection: 'users' })))
  expect(pool.idleCount).toBeGreaterThan(0)

  const admin = new pg.Client({ connectionString: postgresAdminUrl() })
  await admin.connect()
  try {
    const name = new URL(site.database.url).pathname.slice(1)
    const { rowCount } = await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [name],
    )
    expect(rowCount).toBeGreaterThan(0)
  } finally {
    await admin.end()
  }
  // The idle connections learn of it asynchronously; wait until the pool has dropped them.
  for (let waited = 0; pool.idleCount > 0 && waited < 5_000; waited += 50) await new Promise((r) => setTimeout(r, 50))
  expect(pool.idleCount).toBe(0)

  const response = await site.rest('GET', '/health')
  expect(response.status).toBe(200)
})
