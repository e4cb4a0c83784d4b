import { EventEmitter } from 'node:events'
import fs from 'node:fs'

import { expect } from '@jest/globals'

import { closePayload } from '../../src/lib/closePayload'
import { itOnPostgres } from '../helpers/itOnPostgres'
import { startTestSite } from '../helpers/testPayload'

type PgPool = EventEmitter & { _clients: EventEmitter[]; totalCount: number }

/*
 * Closing the app must not crash the process when the server ends a connection late.
 * pg's pool resolves `end()` before its sockets have closed; if the server then terminates
 * such a connection (a forced DROP DATABASE, a restart), the client re-emits the error on
 * the pool. This test plays that moment deterministically by emitting the server's error
 * on each former client after the close.
 */
itOnPostgres('closes the database pool and survives a connection the server ends afterwards', async () => {
  const site = await startTestSite()
  const pool = (site.payload.db as unknown as { pool: PgPool }).pool
  // Several queries at once, so the pool holds more than one connection.
  await Promise.all(Array.from({ length: 4 }, () => site.payload.count({ collection: 'users' })))
  const clients = [...pool._clients]
  expect(clients.length).toBeGreaterThan(1)

  await closePayload(site.payload)

  expect(pool.totalCount).toBe(0)
  const terminated = Object.assign(new Error('terminating connection due to administrator command'), {
    code: '57P01',
  })
  for (const client of clients) expect(() => client.emit('error', terminated)).not.toThrow()
  expect(() => pool.emit('error', terminated)).not.toThrow()
  await site.database.drop()
  fs.rmSync(site.mediaDir, { recursive: true, force: true })
})
