/**
 * `npm run migrate`: applies the committed migrations of the configured engine, as
 * `payload migrate` does, but with the migrations imported here so that the command runs as
 * one bundle on plain Node (see scripts/lib/bundle.mjs). `npm run migrate:create` adds new
 * migrations to each folder's index.ts, which is what is imported here.
 */
import config from '@payload-config'
import payload, { type Migration } from 'payload'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { closePayload } from '../src/lib/closePayload'

/** Adapter names as Payload reports them; MongoDB has no migrations in this project. */
const committed: Record<string, Migration[]> = {
  postgres: postgresMigrations as Migration[],
  sqlite: sqliteMigrations as Migration[],
}

process.env.PAYLOAD_MIGRATING = 'true'
await payload.init({ config, disableOnInit: true })
try {
  await payload.db.migrate({ migrations: committed[payload.db.name] ?? [] })
  payload.logger.info('Done.')
} finally {
  await closePayload(payload)
}
process.exit(0)
