import type { PayloadRequest } from 'payload'

import { processState, siteBridge } from '../../server/bridge.mjs'
import { markRemoved, markRestored, reloadRemovedSoon } from '../site/removedItems'
import { dropSharedData } from '../site/sharedData'
import { afterCommit } from './afterCommit'
import { expireTags } from './nextCache'
import { anyChange, tagsFor, type PublicChange } from './tags'

/**
 * "What the public sees changed, drop the cached copies": the one place that does it.
 *
 *   publish workflow (onPublicChange) ─┐
 *   content hooks (invalidateOnChange) ─┴─► publicChanged(req, change)
 *        … the request's transaction commits …
 *   ─► applyInvalidation({ changes, tags }) on this instance:
 *        removed-items list → shared reference data → Next.js cache (revalidateTag)
 *        → caches outside the app (server.mjs page cache, through the site bridge)
 *   ─► transport.send(…) to other instances (PostgreSQL: postgresChannel.ts; one instance: none)
 *
 * Changes made in one request are applied together once its transaction commits, so a
 * render can never refill a cache from rows that are not yet committed, and no timer is
 * needed. A rolled-back transaction drops nothing.
 */

export type Invalidation = { changes: PublicChange[]; tags: string[] }

/** Carries committed invalidations to the other instances (postgresChannel.ts: LISTEN/NOTIFY). */
export type InvalidationTransport = {
  /** This instance has applied the invalidation already; deliver it to the others. */
  send: (invalidation: Invalidation) => Promise<void> | void
}

type Logger = { debug: (message: string) => void; error: (message: string) => void }

const consoleLogger: Logger = {
  debug: () => {},
  error: (message) => console.error(`[invalidation] ${message}`),
}

// Process state: whichever bundle installs it, every bundle's changes go through it.
const transport = processState('invalidationTransport', () => ({ current: null as InvalidationTransport | null }))

/** Installs the transport to other instances (one instance needs none). */
export function setInvalidationTransport(next: InvalidationTransport | null): void {
  transport.current = next
}

/**
 * Drops this instance's caches for a committed change. A transport's receiver calls it for
 * invalidations from other instances (`received`), where there is no Next.js request.
 */
export async function applyInvalidation(
  { changes, tags }: Invalidation,
  log: Logger = consoleLogger,
  { received = false }: { received?: boolean } = {},
): Promise<void> {
  for (const change of changes) {
    if (change.id === undefined) continue
    if (change.action === 'remove') markRemoved(change.collection, change.id)
    if (change.action === 'restore' || change.action === 'publish') markRestored(change.collection, change.id)
  }
  if (tags.includes(anyChange)) reloadRemovedSoon()
  // Shared data first: the pages re-rendered after the next steps must read the new names.
  dropSharedData(tags)
  await expirePages(tags, log, received)
  settleLater(tags, log)
}

/**
 * A render that read the old rows and finishes after the expiry is stored by Next.js as
 * fresh (its ISR cache has no notion of a render overtaken by a change), and the page cache
 * would then copy it. Expiring the same tags again once such renders have finished closes
 * that window. Only where the server offers a request to do it in (see expirePages).
 */
const settleAfterMs = 2_000

function settleLater(tags: readonly string[], log: Logger) {
  if (!siteBridge().expireInRequest) return
  setTimeout(() => void expirePages(tags, log, true), settleAfterMs).unref()
}

/** Next.js's cache, then the caches in front of it (server.mjs's page and API caches). */
async function expirePages(tags: readonly string[], log: Logger, viaServer: boolean): Promise<void> {
  try {
    // Outside a Next.js request (a job run by Payload's cron, another instance's change) the
    // server expires Next's cache inside a request of its own, when it offers to. Another
    // instance's change always goes that way: its handler runs in whatever async context the
    // channel's connection was opened in (the request that started Payload), where Next.js
    // accepts `revalidateTag` into a finished request's store and silently does nothing.
    const { expireInRequest } = siteBridge()
    if (viaServer && expireInRequest) await expireInRequest(tags)
    else if (!(await expireTags(tags, log))) await expireInRequest?.(tags)
  } catch (error) {
    log.error(`Next.js cache not expired for ${tags.join(', ')}: ${String(error)}`)
  }
  for (const cache of siteBridge().outsideCaches) {
    try {
      cache.invalidate(tags)
    } catch (error) {
      log.error(`${cache.name} not invalidated: ${String(error)}`)
    }
  }
}

const batches = new WeakMap<PayloadRequest, PublicChange[]>()

/**
 * The entry point: a change the public can see was written with `req`. Applied after the
 * request's transaction commits (at once when it has none); the changes of one transaction
 * are applied together.
 */
export async function publicChanged(req: PayloadRequest, change: PublicChange): Promise<void> {
  const open = batches.get(req)
  if (open) {
    open.push(change)
    return
  }
  const batch = [change]
  batches.set(req, batch)
  const logger = req.payload.logger
  const log: Logger = { debug: (message) => logger.debug(message), error: (message) => logger.error(message) }
  await afterCommit(req, {
    onCommit: async () => {
      batches.delete(req)
      const invalidation = { changes: batch, tags: tagsFor(batch) }
      await applyInvalidation(invalidation, log)
      await transport.current?.send(invalidation)
    },
    onRollback: () => {
      batches.delete(req)
    },
  })
}
