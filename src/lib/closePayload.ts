import type { Payload } from 'payload'

type PoolLike = {
  _clients?: { release?: () => void; on?: (event: 'error', listener: () => void) => void }[]
  _idle?: { client?: unknown }[]
  ended?: boolean
  end?: () => Promise<void>
}

/**
 * Closes a Payload instance and its database pool.
 *
 * PostgreSQL-only branch: in 3.90.1 `payload.destroy()` does not end the pg pool, and
 * db-postgres checks out one client at connect time that it never releases, so ending the
 * pool would wait forever (payloadcms/payload#15674, fixed after 3.90.1). We release the
 * clients that are not idle, then end the pool. Other adapters have no `pool`.
 *
 * Every client also gets an error listener first: a connection the server ends while it is
 * being closed (a forced DROP DATABASE, a database restart during shutdown) would otherwise
 * raise an 'error' event with no listener, which crashes the process.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: PoolLike }).pool
  for (const client of pool?._clients ?? []) client.on?.('error', () => undefined)
  if (pool?._clients && pool._idle) {
    const idle = new Set(pool._idle.map((entry) => entry.client))
    for (const client of pool._clients) {
      if (!idle.has(client)) {
        try {
          client.release?.()
        } catch {
          // already released
        }
      }
    }
  }
  await payload.destroy()
  if (pool?.end && !pool.ended) await pool.end()
}
