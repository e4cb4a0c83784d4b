import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, expect, it } from '@jest/globals'

import { freePort } from '../../src/lib/freePort'

/**
 * A newcomer's first run (issue 13): `npm run dev` on an empty SQLite database and a build
 * folder nothing has compiled into yet. The goal is the admin answering within 60 s of the
 * start (FIRST_RUN_GOAL_SECONDS); the run prints how far it was from it. The test fails past
 * FIRST_RUN_LIMIT_SECONDS (default twice the goal): a test is no stopwatch on a shared 2-core
 * machine, but a first run that crawls (a heavy library back in the admin's first compile, a
 * seed that blocks the first answer) fails.
 */
const goalSeconds = Number(process.env.FIRST_RUN_GOAL_SECONDS || 60)
const limitSeconds = Number(process.env.FIRST_RUN_LIMIT_SECONDS || goalSeconds * 2)
const accountsHeading = '演示账号 Demo accounts'
const readyLine = /\[seed\] 演示数据已就绪 Demo content ready in ([\d.]+) s/
/** A V8 stack frame line ("    at fn (file:1:2)"): what a newcomer reads as "the install is broken". */
const stackFrame = /^\s+at .+:\d+:\d+\)?$/m

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-first-run-'))
const distDir = `.next-first-run-${crypto.randomBytes(4).toString('hex')}`
// `next dev` adds its build folder's types to tsconfig.json; the test leaves the checkout as it found it.
const tsconfig = fs.readFileSync('tsconfig.json', 'utf8')
let child: ChildProcess | undefined
let log = ''

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

afterAll(async () => {
  if (child?.pid && groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL')
  fs.writeFileSync('tsconfig.json', tsconfig)
  fs.rmSync(work, { recursive: true, force: true })
  fs.rmSync(distDir, { recursive: true, force: true })
})

const seconds = (from: number) => (Date.now() - from) / 1000

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child?.exitCode !== null) throw new Error(`npm run dev exited (${child?.exitCode}) before ${what}:\n${log}`)
    const value = await probe().catch(() => undefined)
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs / 1000} s:\n${log}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

it('answers /admin within the goal on an empty database, seeds in the background, logs no stack trace and stops on Ctrl-C', async () => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // A developer's shell: no jest settings, no demo password (random ones are printed).
    NODE_OPTIONS: '',
    DATABASE_URL: `file:${path.join(work, 'first-run.db')}`,
    MEDIA_DIR: path.join(work, 'media'),
    PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
    PORT: String(port),
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  for (const name of ['NODE_ENV', 'DEMO_PASSWORD', 'SEED_ON_START', 'LOG_LEVEL', 'JEST_WORKER_ID']) delete env[name]
  const started = Date.now()
  // Its own process group, so that nothing it starts outlives a failing test.
  child = spawn('npm', ['run', 'dev'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', (chunk) => (log += chunk))
  child.stderr!.on('data', (chunk) => (log += chunk))
  const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)))

  const adminStatus = await waitFor('answer from /admin', Math.max(900, goalSeconds * 2) * 1000, async () => {
    const response = await fetch(`${url}/admin`, { signal: AbortSignal.timeout(600_000) })
    await response.text()
    return response.status === 200 ? response.status : undefined
  })
  const adminSeconds = seconds(started)
  console.info(`first run: /admin answered ${adminStatus} after ${adminSeconds.toFixed(1)} s (goal ${goalSeconds} s)`)

  // The public site says the demo is being prepared until it is.
  const readyBefore = readyLine.test(log)
  // Retried: fetch gives up on headers after 300 s, and compiling the site's first page can take longer.
  const homeHtml = await waitFor('answer from /', 900_000, async () => {
    const response = await fetch(`${url}/`)
    const html = await response.text()
    return response.status === 200 ? html : undefined
  })
  if (!readyBefore && !readyLine.test(log)) expect(homeHtml).toContain('演示数据正在准备中')

  const seedSeconds = Number(
    await waitFor('"demo content ready" line', 600_000, async () => readyLine.exec(log)?.[1] ?? undefined),
  )
  console.info(`first run: demo content ready ${seedSeconds.toFixed(1)} s after the seed began`)
  const after = await fetch(`${url}/`)
  expect(await after.text()).not.toContain('演示数据正在准备中')

  // Ctrl-C in the terminal: SIGINT to the whole foreground process group.
  const pid = child.pid!
  process.kill(-pid, 'SIGINT')
  const deadline = Date.now() + 30_000
  await exited
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
  const leftOver = groupAlive(pid)

  expect(log.split(accountsHeading).length - 1).toBe(1)
  for (const email of ['admin@example.com', 'editor@example.com', 'reviewer@example.com']) {
    expect(log.slice(log.indexOf(accountsHeading))).toContain(email)
  }
  expect(log).not.toContain('[revalidate] failed')
  expect(stackFrame.exec(log)?.[0] ?? null).toBeNull()
  // Nor a compiler warning with a code frame (Node-only calls seen by the Edge compile).
  expect(log).not.toMatch(/Ecmascript file had an error|not supported in the Edge Runtime/)
  // The app finished its shutdown tasks (database closed) and nothing it started is left running.
  expect(log).toContain('[shutdown] SIGINT received')
  expect(leftOver).toBe(false)
  expect(adminSeconds).toBeLessThanOrEqual(limitSeconds)
}, 2_400_000)
