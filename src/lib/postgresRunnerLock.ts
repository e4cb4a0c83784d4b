import pg from 'pg'

/**
 * PostgreSQL branch of "one job runner however many instances run": the instance whose
 * connection holds a session-level advisory lock runs the queue; the others' tickers skip it.
 * When the holder stops or dies, PostgreSQL ends its session and frees the lock, and the next
 * tick of another instance takes it over; jobs that fell due meanwhile are still queued and
 * run then. SQLite runs one instance and needs no lock.
 */
const runnerLockKey = 4_729_113_001 // any constant shared by every instance of the site

export type RunnerLock = {
  /** Whether this instance holds the lock, taking it if it is free. */
  hold: () => Promise<boolean>
  release: () => Promise<void>
}

export function postgresRunnerLock(connectionString: string): RunnerLock {
  let client: pg.Client | null = null
  let held = false
  const drop = (lost: pg.Client) => {
    if (client !== lost) return
    client = null
    held = false
    lost.end().catch(() => {})
  }
  return {
    async hold() {
      if (held && client) return true
      try {
        if (!client) {
          const next = new pg.Client({ connectionString })
          next.on('error', () => drop(next))
          next.on('end', () => drop(next))
          await next.connect()
          client = next
        }
        const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
          runnerLockKey,
        ])
        held = rows[0]?.locked === true
      } catch {
        if (client) drop(client)
      }
      return held
    },
    async release() {
      const current = client
      client = null
      held = false
      if (current) {
        current.removeAllListeners('end')
        await current.end().catch(() => {})
      }
    },
  }
}
