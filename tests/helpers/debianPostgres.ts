import { execFile } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

import { freePort } from '../../src/lib/freePort'

const run = promisify(execFile)

/** Debian's PostgreSQL server and client tools of one major version (package postgresql-<major>). */
export const debianPostgresBin = (major = 15) => `/usr/lib/postgresql/${major}/bin`

export type DebianPostgres = {
  major: number
  /** Creates an empty database and returns its URL. */
  createDatabase: () => Promise<string>
  stop: () => Promise<void>
}

/**
 * A throwaway cluster of Debian's PostgreSQL (not the npm one the other tests use): the only
 * server here whose major matches a pg_dump/pg_restore on this machine (Debian bookworm ships
 * 15; the npm PostgreSQL 17 comes without client tools). Runs as the "postgres" system user,
 * on loopback, with trust authentication.
 */
export async function startDebianPostgres(major = 15): Promise<DebianPostgres> {
  const bin = debianPostgresBin(major)
  if (!fs.existsSync(path.join(bin, 'postgres'))) {
    throw new Error(`Debian's PostgreSQL ${major} is not installed: apt-get install postgresql-${major}`)
  }
  const dir = path.join(os.tmpdir(), `gongkai-debian-pg-${crypto.randomBytes(4).toString('hex')}`)
  fs.mkdirSync(dir, { mode: 0o700 })
  await run('chown', ['postgres:postgres', dir])
  const asPostgres = (program: string, args: string[]) =>
    run('runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args])
  await asPostgres('initdb', ['-D', dir, '-U', 'postgres', '--auth=trust', '--locale=C.UTF-8', '--encoding=UTF8'])
  const port = await freePort()
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off`
  await asPostgres('pg_ctl', ['-D', dir, '-o', options, '-w', '-l', path.join(dir, 'server.log'), 'start'])
  const admin = `postgres://postgres@127.0.0.1:${port}`
  let count = 0
  return {
    major,
    async createDatabase() {
      const name = `restore_${process.pid}_${++count}`
      const client = new pg.Client({ connectionString: `${admin}/postgres` })
      await client.connect()
      try {
        await client.query(`create database ${name}`)
      } finally {
        await client.end()
      }
      return `${admin}/${name}`
    },
    async stop() {
      await asPostgres('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']).catch(() => {})
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
