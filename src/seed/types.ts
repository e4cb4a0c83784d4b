import type { CollectionSlug, Payload } from 'payload'

import type { Role } from '../../plugins/shared/access'

export type SeedContext = {
  payload: Payload
  /** Password for a demo account of the given role (DEMO_PASSWORD or random). */
  passwordFor: (role: Role) => string
  /** Deterministic pseudo-random numbers, so demo data looks the same on every machine. */
  random: () => number
  /** Shared results between modules (ids of departments, columns, users …). */
  shared: Record<string, unknown>
  log: (message: string) => void
  /** Set when the seed runs in the background: long modules stop early once it is aborted. */
  signal?: AbortSignal
}

/** One domain's demo content. Modules run in order; later issues append theirs. */
export type SeedModule = {
  name: string
  /** Collections this module fills; emptied (in reverse order) by `npm run seed`. */
  collections: CollectionSlug[]
  run: (context: SeedContext) => Promise<void>
  /** Before `npm run seed` empties the collections: clean up what lives outside the database. */
  beforeReset?: (payload: Payload) => Promise<void>
}
