import type { Payload } from 'payload'

import { processState } from '../../server/bridge.mjs'
import { onShutdown } from '../shutdown'
import { applyInvalidation, setInvalidationTransport } from './invalidate'
import type { PostgresChannel } from './postgresChannel'

const current = processState('invalidationChannel', () => ({ channel: null as PostgresChannel | null }))

/**
 * Joins the other instances on the same PostgreSQL database: this instance's committed
 * changes are sent to them and theirs applied here (postgresChannel.ts). A dev server that
 * reloads its config replaces its channel rather than opening a second one.
 */
export async function listenToOtherInstances(payload: Payload, connectionString: string): Promise<void> {
  const { startPostgresChannel } = await import('./postgresChannel')
  const logger = payload.logger
  const log = { info: (message: string) => logger.info(message), error: (message: string) => logger.error(message) }
  await current.channel?.stop()
  const channel = await startPostgresChannel({
    connectionString,
    log,
    apply: (invalidation) =>
      applyInvalidation(
        invalidation,
        { debug: (message) => logger.debug(message), error: log.error },
        { received: true },
      ),
  })
  current.channel = channel
  setInvalidationTransport(channel)
  onShutdown('invalidation channel', async () => {
    if (current.channel === channel) {
      setInvalidationTransport(null)
      current.channel = null
    }
    await channel.stop()
  })
}

/** Leaves the channel (tests; the shutdown task does it for a server). */
export async function stopListeningToOtherInstances(): Promise<void> {
  const channel = current.channel
  current.channel = null
  setInvalidationTransport(null)
  await channel?.stop()
}

/** This instance's channel to the others: undefined when it has none (SQLite, or switched off). */
export function invalidationChannelUp(): boolean | undefined {
  return current.channel ? current.channel.listening() : undefined
}
