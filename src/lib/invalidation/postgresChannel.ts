import crypto from 'node:crypto'

import pg from 'pg'

import type { Invalidation, InvalidationTransport } from './invalidate'
import { anyChangeTags, tagsFor, type PublicChange } from './tags'

/**
 * PostgreSQL branch of the invalidation transport: instances that share one PostgreSQL
 * database tell each other of committed public changes with LISTEN/NOTIFY, so no extra
 * server is needed. Each instance holds one connection that listens on the channel and
 * sends on it. SQLite runs one instance and needs none; MongoDB would need another transport.
 *
 * NOTIFY is delivered only to sessions listening at the time. After a lost connection an
 * instance cannot know what it missed, so on reconnecting it drops all its caches.
 */
export const invalidationChannel = 'gongkai_invalidation'

/** NOTIFY carries at most 8,000 bytes; a larger batch is sent as "drop everything". */
const maxMessageBytes = 7_900

type Message = { from: string; changes?: readonly PublicChange[]; all?: true }

type Log = { info: (message: string) => void; error: (message: string) => void }

export type PostgresChannelOptions = {
  connectionString: string
  /** What to do with another instance's invalidation (src/lib/invalidation's applyInvalidation). */
  apply: (invalidation: Invalidation) => Promise<void> | void
  log: Log
  reconnectMs?: number
}

export type PostgresChannel = InvalidationTransport & {
  /** This instance's id, carried in every message so that it skips its own. */
  id: string
  /** Resolves once the channel listens again after `connect` or a reconnect. */
  ready: () => Promise<void>
  /** Whether a connection is listening right now (readiness: GET /api/health). */
  listening: () => boolean
  stop: () => Promise<void>
}

function messageOf(id: string, changes: readonly PublicChange[]): string {
  const full = JSON.stringify({ from: id, changes } satisfies Message)
  return Buffer.byteLength(full) <= maxMessageBytes ? full : JSON.stringify({ from: id, all: true } satisfies Message)
}

function parse(payload: string | undefined): Message | null {
  try {
    const value = JSON.parse(payload ?? '') as Message
    return value && typeof value.from === 'string' ? value : null
  } catch {
    return null
  }
}

export async function startPostgresChannel(options: PostgresChannelOptions): Promise<PostgresChannel> {
  const id = crypto.randomUUID()
  const reconnectMs = options.reconnectMs ?? 1_000
  let client: pg.Client | null = null
  let stopped = false
  let listening: Promise<void> = Promise.resolve()
  let lostOnce = false

  const receive = (notification: pg.Notification) => {
    if (notification.channel !== invalidationChannel) return
    const message = parse(notification.payload)
    if (!message || message.from === id) return
    const invalidation: Invalidation = message.all
      ? { changes: [], tags: [...anyChangeTags] }
      : { changes: [...(message.changes ?? [])], tags: tagsFor(message.changes ?? []) }
    void Promise.resolve(options.apply(invalidation)).catch((error: unknown) =>
      options.log.error(`[invalidation] another instance's change not applied: ${String(error)}`),
    )
  }

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: options.connectionString })
    // A failed attempt is the retry loop's to handle (its promise rejects); only a connection
    // that was listening is "lost".
    next.on('error', () => {})
    try {
      await next.connect()
      await next.query(`LISTEN ${invalidationChannel}`)
    } catch (error) {
      await next.end().catch(() => {})
      throw error
    }
    next.on('notification', receive)
    next.on('error', (error) => lose(next, error))
    next.on('end', () => lose(next, new Error('connection ended')))
    client = next
    if (lostOnce) {
      // Whatever was sent while this instance was not listening is unknown: drop everything.
      await options.apply({ changes: [], tags: [...anyChangeTags] })
      options.log.info('[invalidation] listening to other instances again')
    }
  }

  const lose = (lost: pg.Client, error: unknown) => {
    // Only the live connection's first sign of loss starts the one retry loop.
    if (client !== lost) return
    client = null
    lost.removeAllListeners('end')
    lost.end().catch(() => {})
    if (stopped) return
    if (!lostOnce) options.log.error(`[invalidation] lost the PostgreSQL channel: ${String(error)}; reconnecting`)
    lostOnce = true
    const retry = (): Promise<void> =>
      new Promise<void>((resolve) => setTimeout(resolve, reconnectMs).unref())
        .then(() => (stopped ? undefined : connect()))
        .catch(() => retry())
    listening = retry()
  }

  listening = connect()
  await listening

  return {
    id,
    ready: () => listening,
    listening: () => client !== null,
    async send({ changes }) {
      const current = client
      if (!current) {
        options.log.error('[invalidation] not connected: other instances learn of this change when their caches expire')
        return
      }
      await current.query('SELECT pg_notify($1, $2)', [invalidationChannel, messageOf(id, changes)])
    },
    async stop() {
      stopped = true
      const current = client
      client = null
      if (current) {
        current.removeAllListeners('end')
        await current.end().catch(() => {})
      }
    },
  }
}
