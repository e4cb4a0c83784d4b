import { afterAll, beforeAll, expect, it } from '@jest/globals'
import pg from 'pg'

import { stopListeningToOtherInstances } from '../../src/lib/invalidation/instances'
import { invalidationChannel } from '../../src/lib/invalidation/postgresChannel'
import { itOnPostgres } from '../helpers/itOnPostgres'
import { startObjectStore, type ObjectStore } from '../helpers/objectStore'
import { postgresAdminUrl, testDatabaseKind } from '../helpers/testDatabase'
import { startTestSite, type TestSite } from '../helpers/testPayload'

// Readiness with every dependency this site can have: the database, the media bucket and, on
// PostgreSQL, the invalidation channel to other instances.
let store: ObjectStore
let site: TestSite
const onPostgres = testDatabaseKind() === 'postgres'

beforeAll(async () => {
  store = await startObjectStore()
  site = await startTestSite({ env: { ...store.env, INVALIDATION_CHANNEL: onPostgres ? 'true' : 'false' } })
})
afterAll(async () => {
  await stopListeningToOtherInstances()
  await site?.close()
  await store?.stop()
  for (const name of [...Object.keys(store?.env ?? {}), 'INVALIDATION_CHANNEL']) delete process.env[name]
})

type Health = { status: string; down: string[] } & Record<string, unknown>
const health = async (path = '/health') => {
  const response = await site.rest('GET', path)
  return { status: response.status, body: (await response.json()) as Health }
}

it('is ready when every dependency answers, and names each one', async () => {
  const { status, body } = await health()
  expect(status).toBe(200)
  expect(body).toMatchObject({ status: 'ok', database: 'up', objectStorage: 'up', down: [] })
  if (onPostgres) expect(body.invalidationChannel).toBe('up')
  else expect(body).not.toHaveProperty('invalidationChannel')
  expect((await health('/health/ready')).status).toBe(200)
})

it('answers 503 naming the database when it fails, while liveness stays 200', async () => {
  const original = site.payload.db.count
  site.payload.db.count = async () => {
    throw new Error('connection refused')
  }
  try {
    const { status, body } = await health()
    expect(status).toBe(503)
    expect(body).toMatchObject({ status: 'unavailable', database: 'down', objectStorage: 'up', down: ['database'] })
    const live = await health('/health/live')
    expect(live.status).toBe(200)
  } finally {
    site.payload.db.count = original
  }
})

itOnPostgres('answers 503 naming the invalidation channel while its connection is lost, then recovers', async () => {
  const admin = new pg.Client({ connectionString: postgresAdminUrl() })
  await admin.connect()
  try {
    const { rowCount } = await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where datname = $1 and query like $2 and pid <> pg_backend_pid()`,
      [new URL(site.database.url).pathname.slice(1), `LISTEN ${invalidationChannel}%`],
    )
    expect(rowCount).toBe(1)
  } finally {
    await admin.end()
  }
  // Down from the moment the loss is noticed until the reconnect (about 1 s later).
  let seen: Health | undefined
  for (let waited = 0; waited < 2_000 && !seen; waited += 20) {
    const { status, body } = await health()
    if (status === 503) seen = body
    else await new Promise((resolve) => setTimeout(resolve, 20))
  }
  expect(seen).toMatchObject({ invalidationChannel: 'down', database: 'up', down: ['invalidationChannel'] })
  let back = 0
  for (let waited = 0; waited < 10_000 && back !== 200; waited += 100) {
    back = (await health()).status
    if (back !== 200) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  expect(back).toBe(200)
})

it('answers 503 naming the object storage when the bucket cannot be reached (checked last: it stops the store)', async () => {
  await store.stop()
  const { status, body } = await health()
  expect(status).toBe(503)
  expect(body).toMatchObject({ status: 'unavailable', database: 'up', objectStorage: 'down', down: ['objectStorage'] })
})
