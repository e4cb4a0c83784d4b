import type { Payload } from 'payload'

type ClientLike = {
  release?: () => void
  end?: () => Promise<void>
  /** node-postgres internals: the query running now and those waiting on this client. */
  activeQuery?: unknown
  queryQueue?: unknown[]
  on?: (event: 'error' | 'end', listener: () => void) => void
  _ended?: boolean
}

type PoolLike = {
  _clients?: ClientLike[]
  _idle?: { client?: unknown }[]
  ended?: boolean
  end?: () => Promise<void>
  on?: (event: 'error', listener: () => void) => void
}

/** How long to wait for the pool's sockets to close after `pool.end()` resolved. */
const socketCloseWaitMs = 5_000
/**
 * How long `pool.end()` may wait for checked-out clients. A client that a transaction never gave
 * back would make it wait forever, and a process that cannot stop is worse than a connection cut
 * at shutdown.
 */
const poolEndWaitMs = 15_000

function within(ms: number, work: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    work.then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms)
      timer.unref()
    }),
  ]).finally(() => clearTimeout(timer))
}

/**
 * Closes a Payload instance and its database pool.
 *
 * PostgreSQL-only branch: in 3.90.1 `payload.destroy()` does not end the pg pool, and
 * db-postgres checks out one client at connect time that it never releases, so ending the
 * pool would wait forever (payloadcms/payload#15674, fixed after 3.90.1). We release the
 * clients that are neither idle nor running a query, then end the pool. Other adapters have no `pool`.
 *
 * `pool.end()` resolves once the pool has let go of its clients, before their sockets have
 * closed. A connection the server ends in that gap (a forced DROP DATABASE right after, a
 * restart during shutdown) makes the client's pool listener re-emit the error on the pool,
 * and a pool 'error' with no listener crashes the process. So the pool and every client get
 * a listener first, and we wait for the sockets to close before returning.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: PoolLike }).pool
  const clients = [...(pool?._clients ?? [])]
  pool?.on?.('error', () => undefined)
  const socketsClosed = clients.map((client) => {
    client.on?.('error', () => undefined)
    if (client._ended) return Promise.resolve()
    return new Promise<void>((resolve) => client.on?.('end', resolve))
  })
  if (pool?._clients && pool._idle) {
    const idle = new Set(pool._idle.map((entry) => entry.client))
    for (const client of pool._clients) {
      // A client running a query (a background flush or mail runner at shutdown) is released by
      // that query's own callback; releasing it here too throws "Release called on client which
      // has already been released" from inside node-postgres, an uncaught error.
      const busy = Boolean(client.activeQuery) || (client.queryQueue?.length ?? 0) > 0
      if (!idle.has(client) && !busy) {
        try {
          client.release?.()
        } catch {
          // already released
        }
      }
    }
  }
  await payload.destroy()
  if (pool?.end && !pool.ended) {
    const ended = pool.end()
    if (!(await within(poolEndWaitMs, ended))) {
      const stuck = pool._clients ?? []
      payload.logger.warn(
        `closing the database: ${stuck.length} connection(s) still checked out after ${poolEndWaitMs / 1000} s, closing them`,
      )
      await Promise.all(stuck.map((client) => client.end?.().catch(() => undefined)))
      await within(socketCloseWaitMs, ended)
    }
  }
  await within(socketCloseWaitMs, Promise.all(socketsClosed))
}
