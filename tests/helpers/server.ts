import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../src/lib/freePort'
import { createTestDatabase, type TestDatabase } from './testDatabase'

/**
 * The production build the end-to-end tests run against (`npm run build:e2e`). Parallel
 * work on one machine builds into separate folders: E2E_DIST_DIR=.next-e2e-NAME.
 */
export const e2eDistDir = process.env.E2E_DIST_DIR || '.next-e2e'

export type RunningSite = {
  url: string
  port: number
  password: string
  process: ChildProcess
  output: () => string
  database: TestDatabase
  /** The SQLite file and media folder of this site. */
  files: () => { file: string; mediaDir: string }
  /** Sends SIGTERM and resolves with the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

type StartOptions = {
  /** Seed on this start even when a seeded template exists (tests of the first start itself). */
  fresh?: boolean
  /** Leave the database file and media folder in place on stop (the template is made so). */
  keepFiles?: boolean
  /** Share this database (another instance of the same site); it is not dropped on stop. */
  database?: TestDatabase
}

/**
 * Starts the production server (`server.mjs`, as `npm start` does) on the e2e build with its
 * own database holding the demo content, and waits until /api/health answers 200. The demo
 * content comes from the template seeded once per run (e2eGlobalSetup) when there is one.
 */
export async function startSite(env: Record<string, string> = {}, options: StartOptions = {}): Promise<RunningSite> {
  if (!fs.existsSync(path.join(e2eDistDir, 'BUILD_ID'))) {
    throw new Error(`no build in ${e2eDistDir}: run "npm run build:e2e" first (npm run test:e2e does)`)
  }
  const database = options.database ?? (await createTestDatabase())
  const port = await freePort()
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-e2e-media-'))
  const template =
    options.fresh || options.database || database.kind !== 'sqlite' ? undefined : process.env.E2E_TEMPLATE_DIR
  const password = template ? process.env.E2E_DEMO_PASSWORD! : crypto.randomBytes(10).toString('base64url')
  const databaseFile = database.url.slice('file:'.length)
  if (template) {
    for (const suffix of ['', '-wal', '-shm']) {
      const from = path.join(template, `template.db${suffix}`)
      if (fs.existsSync(from)) fs.copyFileSync(from, databaseFile + suffix)
    }
    fs.cpSync(path.join(template, 'media'), mediaDir, { recursive: true })
  }
  let log = ''
  const child = spawn(process.execPath, ['server.mjs'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: '',
      NEXT_DIST_DIR: e2eDistDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: database.url,
      DB_PUSH: 'true',
      SEED_ON_START: 'true',
      DEMO_PASSWORD: password,
      PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
      MEDIA_DIR: mediaDir,
      LOG_LEVEL: 'info',
      SITE_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (log += chunk))
  child.stderr!.on('data', (chunk) => (log += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`)
    try {
      const response = await fetch(`${url}/api/health`)
      if (response.status === 200) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`server did not become healthy:\n${log}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  const stop: RunningSite['stop'] = async (signal = 'SIGTERM') => {
    if (child.exitCode === null) child.kill(signal)
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    const code = await exited
    clearTimeout(timer)
    if (!options.keepFiles) {
      if (!options.database) await database.drop()
      fs.rmSync(mediaDir, { recursive: true, force: true })
    }
    return code
  }
  const files = () => ({ file: databaseFile, mediaDir })
  return { url, port, password, process: child, output: () => log, database, stop, files }
}
