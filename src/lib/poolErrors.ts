import type { Payload } from 'payload'

type PoolLike = { on?: (event: 'error', listener: (error: Error) => void) => void }

/**
 * PostgreSQL-only branch. When the server ends a connection the pool holds (a database
 * restart, a failover, an idle timeout in a proxy), pg emits 'error' on the pool, and
 * Payload's adapter does not listen there, so the whole app process would die. We log it
 * instead; the pool drops the broken connection and opens a new one on the next query.
 * Other adapters have no `pool`.
 */
export function logDatabasePoolErrors(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: PoolLike }).pool
  if (!pool?.on) return
  const log = (error: Error) =>
    payload.logger.error(
      { err: error },
      `Database connection lost: ${error.message}. A new one opens on the next query.`,
    )
  pool.on('error', log)
}
