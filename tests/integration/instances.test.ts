import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'

import { stopListeningToOtherInstances } from '../../src/lib/invalidation/instances'
import type { Invalidation } from '../../src/lib/invalidation/invalidate'
import { startPostgresChannel, type PostgresChannel } from '../../src/lib/invalidation/postgresChannel'
import { postgresRunnerLock } from '../../src/lib/postgresRunnerLock'
import { itOnPostgres } from '../helpers/itOnPostgres'
import { testDatabaseKind } from '../helpers/testDatabase'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { makeColumn } from './content-fixtures'

/**
 * Several instances on one PostgreSQL database. They tell each other of committed public changes over
 * LISTEN/NOTIFY (src/lib/invalidation/postgresChannel.ts): the reference site's own writes
 * reach a second instance's channel, an instance skips its own messages, an oversized batch
 * becomes "drop everything", and a lost connection is re-made and followed by dropping everything.
 * And one of them at a time holds the job runner's lock (src/lib/postgresRunnerLock.ts).
 */
let site: TestSite
const loopback = 'test-loopback-token-0123456789'
const channels: PostgresChannel[] = []
const quiet = { info: () => {}, error: () => {} }

type Inbox = {
  received: Invalidation[]
  next: (what: string, test: (i: Invalidation) => boolean) => Promise<Invalidation>
}

function inbox(): Inbox & { apply: (i: Invalidation) => void } {
  const received: Invalidation[] = []
  return {
    received,
    apply: (invalidation) => void received.push(invalidation),
    async next(what, test) {
      const deadline = Date.now() + 5_000
      for (;;) {
        const found = received.find(test)
        if (found) return found
        if (Date.now() > deadline) throw new Error(`${what} did not arrive within 5 s: ${JSON.stringify(received)}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
  }
}

async function channel(box: ReturnType<typeof inbox>) {
  const opened = await startPostgresChannel({
    connectionString: site.database.url,
    apply: box.apply,
    log: quiet,
    reconnectMs: 200,
  })
  channels.push(opened)
  return opened
}

beforeAll(async () => {
  site = await startTestSite({
    env: {
      GONGKAI_LOOPBACK_TOKEN: loopback,
      ...(testDatabaseKind() === 'postgres' ? { INVALIDATION_CHANNEL: 'true' } : {}),
    },
  })
}, 120_000)
afterAll(async () => {
  for (const opened of channels) await opened.stop()
  await stopListeningToOtherInstances()
  await site?.close()
})

describe('invalidation between instances (PostgreSQL)', () => {
  itOnPostgres("carries the site's committed change to another instance, with the item's columns", async () => {
    const other = inbox()
    await channel(other)
    const column = await makeColumn(site, { name: '实例间失效测试', slug: `instances-${Date.now()}` })
    const renamed = await site.payload.update({
      collection: 'columns',
      id: column.id,
      data: { name: '实例间失效测试（改名）' },
    })
    const seen = await other.next('the rename', (i) =>
      i.changes.some((c) => c.collection === 'columns' && c.id === renamed.id),
    )
    expect(seen.tags).toEqual(expect.arrayContaining(['columns', `columns:${renamed.id}`]))
  })

  itOnPostgres('skips its own messages, and turns a batch too large for NOTIFY into "drop everything"', async () => {
    const a = inbox()
    const b = inbox()
    const sender = await channel(a)
    await channel(b)
    await sender.send({ changes: [{ collection: 'notices', id: 5, action: 'publish', columns: [3] }], tags: [] })
    const one = await b.next('the publish', (i) => i.changes.some((c) => c.id === 5))
    expect(one.tags).toEqual(expect.arrayContaining(['notices', 'notices:5', 'notices@column:3']))
    expect(one.tags).not.toContain('notices@column:*')

    const many = Array.from({ length: 400 }, (_, n) => ({
      collection: 'notices',
      id: 1000 + n,
      action: 'update' as const,
    }))
    await sender.send({ changes: many, tags: [] })
    const all = await b.next('the large batch', (i) => i.tags.includes('*'))
    expect(all.changes).toEqual([])
    expect(a.received).toEqual([])
  })

  itOnPostgres('re-listens after losing its connection and then drops everything', async () => {
    const b = inbox()
    const listener = await channel(b)
    const admin = new pg.Client({ connectionString: site.database.url })
    await admin.connect()
    try {
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%' AND pid <> pg_backend_pid()`,
      )
    } finally {
      await admin.end()
    }
    await b.next('"drop everything" after the reconnect', (i) => i.tags.includes('*'))
    await listener.ready()
    const sender = await channel(inbox())
    await sender.send({ changes: [{ collection: 'notices', id: 77, action: 'remove' }], tags: [] })
    await b.next('a change after the reconnect', (i) => i.changes.some((c) => c.id === 77))
  })
})

describe('the job runner lock (PostgreSQL)', () => {
  itOnPostgres('is held by one instance at a time and passes on when the holder stops or dies', async () => {
    const [a, b] = [postgresRunnerLock(site.database.url), postgresRunnerLock(site.database.url)]
    try {
      expect(await a.hold()).toBe(true)
      expect(await b.hold()).toBe(false)
      expect(await a.hold()).toBe(true)
      await a.release()
      expect(await b.hold()).toBe(true)
      expect(await a.hold()).toBe(false)

      // The holder's session ends without a goodbye (a killed instance): the lock is free again.
      const admin = new pg.Client({ connectionString: site.database.url })
      await admin.connect()
      try {
        await admin.query(
          `SELECT pg_terminate_backend(l.pid) FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        )
      } finally {
        await admin.end()
      }
      const deadline = Date.now() + 5_000
      while (!(await a.hold())) {
        if (Date.now() > deadline) throw new Error('the lock was not free after its holder died')
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(await b.hold()).toBe(false)
    } finally {
      await a.release()
      await b.release()
    }
  })
})

describe("the server's own invalidation endpoint", () => {
  const expire = (headers: Record<string, string>, body: unknown) =>
    site.rest('POST', '/invalidation/expire', { headers, body })

  it('is not there for anyone without the process token, and names what is wrong with a bad body', async () => {
    expect((await expire({}, { tags: ['notices'] })).status).toBe(404)
    expect((await expire({ 'x-gongkai-loopback-token': 'guess' }, { tags: ['notices'] })).status).toBe(404)
    const token = { 'x-gongkai-loopback-token': loopback, 'content-type': 'application/json' }
    for (const body of [{}, { tags: 'notices' }, { tags: [1, 2] }, { tags: Array(2_001).fill('x') }]) {
      const refused = await expire(token, body)
      expect(refused.status).toBe(400)
      expect(JSON.stringify(await refused.json())).toContain('tags must be an array')
    }
    // Outside Next.js (this test) there is no cache to expire, and that is no error.
    const done = await expire(token, { tags: ['notices'] })
    expect(done.status).toBe(200)
    expect(await done.json()).toEqual({ expired: false })
  })
})
