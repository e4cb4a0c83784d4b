import { spawn } from 'node:child_process'
import crypto from 'node:crypto'

import { afterAll, expect, it } from '@jest/globals'
import { getPayload, type Payload } from 'payload'

import { hitSlugs } from '../../plugins/hit-counter'
import { hitTestConfig } from '../../plugins/hit-counter/testing/minimalConfig'
import { closePayload } from '../../src/lib/closePayload'
import { freePort } from '../../src/lib/freePort'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

/**
 * Real app processes (bench/hits-server.ts: one Payload instance, the production hit
 * listener, the site's signal handling) on a database of this project's engine.
 */
type App = { port: number; column: number | string; stop: () => Promise<{ code: number | null; output: string }> }

const secret = crypto.randomBytes(16).toString('hex')
const databases: TestDatabase[] = []
afterAll(async () => {
  for (const database of databases) await database.drop()
})

/** Exit code of scripts/lib/loaderStallGuard.mjs: Node's loader stalled before the app started; start it again. */
const LOADER_STALL_EXIT_CODE = 75

async function startApp(database: TestDatabase, env: Record<string, string> = {}, attempt = 1): Promise<App> {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [
      '--conditions=production',
      '--import',
      './scripts/lib/loaderStallGuard.mjs',
      '--import',
      'tsx',
      'bench/hits-server.ts',
    ],
    {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        PAYLOAD_SECRET: secret,
        HITS_PORT: String(port),
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const deadline = Date.now() + 90_000
  let ready: RegExpMatchArray | null = null
  while (!(ready = output.match(/READY (\{.*\})/))) {
    if (child.exitCode === LOADER_STALL_EXIT_CODE && attempt < 3) return startApp(database, env, attempt + 1)
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`app did not start:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    port,
    column: (JSON.parse(ready[1]) as { column: number | string }).column,
    stop: async () => {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
      const code = await exited
      clearTimeout(timer)
      return { code, output }
    },
  }
}

let reader = 0
/** `count` hits from distinct readers, `concurrency` at a time, spread over the apps; returns how many were counted (202). */
async function sendHits(apps: App[], count: number, concurrency = 100): Promise<number> {
  let next = 0
  let counted = 0
  const worker = async () => {
    while (next < count) {
      const index = next++
      reader += 1
      const app = apps[index % apps.length]
      const response = await fetch(`http://127.0.0.1:${app.port}/api/hits`, {
        method: 'POST',
        body: JSON.stringify({ column: app.column }),
        headers: {
          'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36',
          'x-forwarded-for': `10.${(reader >> 16) & 255}.${(reader >> 8) & 255}.${reader & 255}`,
        },
      })
      await response.arrayBuffer()
      if (response.status === 202) counted += 1
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return counted
}

/** Reads the stored counters with a Payload instance of our own, after the apps exited. */
async function storedTotal(database: TestDatabase, column: number | string): Promise<number> {
  const config = await hitTestConfig(database.url, { flushIntervalMs: 3_600_000 }, secret)
  const payload: Payload = await getPayload({ config, key: `reader-${crypto.randomBytes(4).toString('hex')}` })
  try {
    const totals = await payload.find({
      collection: hitSlugs.totals,
      where: { key: { equals: `c:${column}` } },
      overrideAccess: true,
    })
    const days = await payload.find({ collection: hitSlugs.columnDays, pagination: false, overrideAccess: true })
    const dayTotal = days.docs.reduce((sum, doc) => sum + Number((doc as { hits?: number }).hits), 0)
    const total = Number((totals.docs[0] as { hits?: number } | undefined)?.hits ?? 0)
    expect(dayTotal).toBe(total)
    return total
  } finally {
    await closePayload(payload)
  }
}

it('writes every buffered hit on SIGTERM before the process exits', async () => {
  const database = await createTestDatabase()
  databases.push(database)
  // No timed flush during the test: only the shutdown flush can write these hits.
  const app = await startApp(database, { HITS_FLUSH_MS: '3600000' })
  const counted = await sendHits([app], 1500)
  expect(counted).toBe(1500)
  // The listener refuses what Payload's endpoint refuses, and counts nothing for it.
  const url = `http://127.0.0.1:${app.port}/api/hits`
  const headers = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/124.0', 'x-forwarded-for': '10.200.0.1' }
  const oversized = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ column: 'x'.repeat(4000) }) })
  expect(oversized.status).toBe(413)
  expect((await fetch(url, { method: 'POST', headers, body: '{"column":' })).status).toBe(400)
  expect((await fetch(url, { method: 'POST', headers, body: '{"column":"no/such"}' })).status).toBe(404)
  expect((await fetch(url, { headers })).status).toBe(405)
  expect((await fetch(`http://127.0.0.1:${app.port}/api/users`, { headers })).status).toBe(404)
  const { code, output } = await app.stop()
  expect(code).toBe(0)
  expect(output).toContain('[shutdown] SIGTERM received')
  expect(await storedTotal(database, app.column)).toBe(1500)
}, 180_000)

it('counts exactly with two app instances on one database receiving hits at the same time', async () => {
  const database = await createTestDatabase()
  databases.push(database)
  const first = await startApp(database, { HITS_FLUSH_MS: '200' })
  const second = await startApp(database, { HITS_FLUSH_MS: '200' })
  expect(second.column).toEqual(first.column)
  const counted = await sendHits([first, second], 6000, 120)
  expect(counted).toBe(6000)
  const [a, b] = await Promise.all([first.stop(), second.stop()])
  expect([a.code, b.code]).toEqual([0, 0])
  expect(await storedTotal(database, first.column)).toBe(6000)
}, 240_000)
