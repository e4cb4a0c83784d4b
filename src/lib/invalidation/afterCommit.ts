import type { BaseDatabaseAdapter, PayloadRequest } from 'payload'

/**
 * Runs work once the transaction of `req` has committed, or at once when there is none.
 * Payload 3.90.1 has no after-commit hook: its afterChange/afterDelete hooks run inside the
 * operation's transaction, so a cache dropped there can be refilled from the old rows by a
 * render that reads before the commit. Every adapter commits and rolls back through
 * `db.commitTransaction(id)` / `db.rollbackTransaction(id)`, so wrapping those two once per
 * adapter sees every transaction end, whoever began it.
 */
export type AfterCommitWork = {
  onCommit: () => Promise<void> | void
  /** The transaction was rolled back: the change never happened. */
  onRollback?: () => void
}

type TransactionId = number | string

type Waiting = Map<TransactionId, AfterCommitWork[]>

const waitingKey = Symbol.for('gongkai.after-commit')

type WrappedAdapter = Pick<BaseDatabaseAdapter, 'commitTransaction' | 'rollbackTransaction'> & {
  [waitingKey]?: Waiting
}

function waitingOn(db: WrappedAdapter, log: (error: unknown) => void): Waiting {
  const existing = db[waitingKey]
  if (existing) return existing
  const waiting: Waiting = new Map()
  db[waitingKey] = waiting
  const commit = db.commitTransaction
  const rollback = db.rollbackTransaction
  db.commitTransaction = async function (id) {
    const work = id instanceof Promise ? undefined : waiting.get(id)
    if (!(id instanceof Promise)) waiting.delete(id)
    try {
      await commit.call(this, id)
    } catch (error) {
      for (const item of work ?? []) item.onRollback?.()
      throw error
    }
    for (const item of work ?? []) {
      try {
        await item.onCommit()
      } catch (error) {
        // The data is committed; a failure to drop a cache must not turn it into an error.
        log(error)
      }
    }
  }
  db.rollbackTransaction = async function (id) {
    const work = id instanceof Promise ? undefined : waiting.get(id)
    if (!(id instanceof Promise)) waiting.delete(id)
    for (const item of work ?? []) item.onRollback?.()
    return rollback.call(this, id)
  }
  return waiting
}

export async function afterCommit(req: PayloadRequest, work: AfterCommitWork): Promise<void> {
  const log = (error: unknown) => req.payload.logger.error({ err: error, msg: 'after-commit work failed' })
  const db: WrappedAdapter = req.payload.db
  const id = await req.transactionID
  if (id === undefined || id === null || typeof db.commitTransaction !== 'function') {
    try {
      await work.onCommit()
    } catch (error) {
      log(error)
    }
    return
  }
  const waiting = waitingOn(db, log)
  const list = waiting.get(id)
  if (list) list.push(work)
  else waiting.set(id, [work])
}
