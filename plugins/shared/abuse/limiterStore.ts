import { sql } from 'drizzle-orm'
import { integer as pgInteger, pgSchema, text as pgText, timestamp } from 'drizzle-orm/pg-core'
import { integer as liteInteger, sqliteTable, text as liteText } from 'drizzle-orm/sqlite-core'
import type { Payload, PayloadRequest } from 'payload'
import {
  RateLimiterDrizzle,
  RateLimiterMemory,
  RateLimiterMongo,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

/**
 * Rate limits whose counts every instance of a site shares, in the site's own database, so that
 * N instances behind a load balancer allow what one would (and a used ALTCHA solution is used on
 * all of them). rate-limiter-flexible does the counting; this module only picks its store, one
 * branch per engine:
 *
 * - `postgres` and `sqlite`: RateLimiterDrizzle on Payload's own drizzle handle (an atomic
 *   upsert per point), in a table created here. PostgreSQL's lives in a schema of its own and
 *   SQLite's under the `_cf_` prefix, the two places Payload's schema push leaves alone (as the
 *   search index does).
 * - `mongodb`: RateLimiterMongo on Payload's mongoose connection (untested here: no MongoDB server).
 * - any other adapter: memory, this process only.
 *
 * If the database fails, each limiter falls back to a memory limiter of the same size (the
 * library's insurance limiter): a form is limited per instance for that while, never unlimited.
 */

export type LimitSpec = {
  /** Keeps limiters apart in the one table (`letters`, `disclosure-track`, `altcha`, …). */
  keyPrefix: string
  points: number
  /** Seconds. */
  duration: number
}

const pgRateLimits = pgSchema('gongkai_shared').table('rate_limits', {
  key: pgText('key').primaryKey(),
  points: pgInteger('points').notNull(),
  expire: timestamp('expire', { withTimezone: true, mode: 'date' }),
})

const sqliteRateLimits = sqliteTable('_cf_gongkai_rate_limits', {
  key: liteText('key').primaryKey(),
  points: liteInteger('points').notNull(),
  expire: liteInteger('expire', { mode: 'timestamp_ms' }),
})

type DrizzleHandle = { execute?: (query: unknown) => Promise<unknown>; run?: (query: unknown) => Promise<unknown> }

async function createPostgresTable(db: DrizzleHandle) {
  const statements = [
    sql`create schema if not exists gongkai_shared`,
    sql`create table if not exists gongkai_shared.rate_limits (key text primary key, points integer not null,
      expire timestamptz)`,
  ]
  for (const statement of statements) {
    // Two instances starting together may both create the schema; the loser's error is harmless.
    await db.execute!(statement).catch(async () => db.execute!(statement))
  }
}

async function createSqliteTable(db: DrizzleHandle) {
  await db.run!(
    sql`create table if not exists _cf_gongkai_rate_limits (key text primary key, points integer not null,
      expire integer)`,
  )
}

type AdapterHandles = { name?: string; drizzle?: DrizzleHandle; connection?: { db?: unknown } }

/** The table, created once per Payload instance however many limiters share it. */
const tablesReady = new WeakMap<Payload, Promise<void>>()
/** The one limiter per Payload instance that deletes expired rows (every limiter would run the same DELETE). */
const cleaners = new WeakSet<Payload>()

function tableReady(payload: Payload, create: () => Promise<void>): Promise<void> {
  let ready = tablesReady.get(payload)
  if (!ready) {
    ready = create()
    ready.catch(() => tablesReady.delete(payload))
    tablesReady.set(payload, ready)
  }
  return ready
}

function takeCleaning(payload: Payload): boolean {
  if (cleaners.has(payload)) return false
  cleaners.add(payload)
  return true
}

async function storeLimiter(payload: Payload, spec: LimitSpec): Promise<RateLimiterAbstract> {
  const adapter = payload.db as unknown as AdapterHandles
  const insuranceLimiter = new RateLimiterMemory(spec)
  const drizzle = adapter.drizzle
  const drizzleStore = async (create: () => Promise<void>, schema: typeof pgRateLimits | typeof sqliteRateLimits) => {
    await tableReady(payload, create)
    return new RateLimiterDrizzle({
      ...spec,
      storeClient: drizzle,
      schema,
      insuranceLimiter,
      clearExpiredByTimeout: takeCleaning(payload),
    })
  }
  if (adapter.name === 'postgres' && drizzle?.execute)
    return drizzleStore(() => createPostgresTable(drizzle), pgRateLimits)
  if (adapter.name === 'sqlite' && drizzle?.run) return drizzleStore(() => createSqliteTable(drizzle), sqliteRateLimits)
  if (adapter.name === 'mongoose' && adapter.connection?.db) {
    // The driver's Db under mongoose: the library then speaks the plain MongoDB driver API.
    return new RateLimiterMongo({
      ...spec,
      storeClient: adapter.connection.db,
      tableName: 'gongkai_rate_limits',
      insuranceLimiter,
    })
  }
  return insuranceLimiter
}

/**
 * A limiter made on first use (the database is only known once Payload has started), one per
 * Payload instance: tests run several sites in one process.
 */
export function sharedLimiter(spec: LimitSpec): (req: Pick<PayloadRequest, 'payload'>) => Promise<RateLimiterAbstract> {
  const made = new WeakMap<Payload, Promise<RateLimiterAbstract>>()
  return ({ payload }) => {
    let limiter = made.get(payload)
    if (!limiter) {
      limiter = storeLimiter(payload, spec)
      // A failed creation (database down at the first request) is tried again next time.
      limiter.catch(() => made.delete(payload))
      made.set(payload, limiter)
    }
    return limiter
  }
}

/**
 * True the first time `key` is presented within `seconds`, on any instance of the site (a used
 * ALTCHA solution, a visitor already counted today): the one point of a shared limiter.
 */
export function sharedFirstUse(scope: string, seconds: number) {
  const limiter = sharedLimiter({ keyPrefix: scope, points: 1, duration: seconds })
  return async (payload: Payload, key: string): Promise<boolean> => {
    const res = await (await limiter({ payload })).consume(key).catch((rejection: unknown) => {
      if (rejection instanceof RateLimiterRes) return null
      throw rejection
    })
    return res !== null
  }
}
