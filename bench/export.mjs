/**
 * npm run bench:export — the static export of the whole site with BULK_NOTICES (10,000)
 * extra public items on top of the demo content. Goal: 10,000 items in under 2 minutes on
 * 2 cores. The database is made (demo seed + bulk insert) before the clock starts; the
 * timed part is `npm run export` against the running production server: every page rendered
 * once, rewritten and written to disk, assets copied; the export starts one server per core
 * itself, as `npm run export` does. The baseline in the same run is the time one server takes
 * to render every item page once for the same number of concurrent requests, writing nothing.
 * Last line: `export: <items> items in <s> s, <rate> pages/s, ratio to fetch-only <r>`.
 */
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { nextBuild } from '../scripts/next-build.mjs'
import { freePort, sleep } from './lib.mjs'

const distDir = process.env.BENCH_DIST_DIR || '.next-bench'
const bulk = Number(process.env.BULK_NOTICES || 10_000)

if (process.env.BENCH_BUILD === '1' || !fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
  if (nextBuild(distDir) !== 0) process.exit(1)
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-export-'))
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(work, 'site.db')}`,
  MEDIA_DIR: path.join(work, 'media'),
  PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
  DEMO_PASSWORD: crypto.randomBytes(9).toString('base64url'),
  SEED_ON_START: 'true',
  JOBS_AUTORUN: 'false',
  LOG_LEVEL: 'warn',
  BULK_NOTICES: String(bulk),
}
console.log(`seeding the demo content and ${bulk} notices …`)
const seeded = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'bench/seedBulkNotices.ts'], {
  env: { ...env, NODE_ENV: 'development' },
  stdio: ['ignore', 'inherit', 'inherit'],
})
if (seeded.status !== 0) process.exit(1)

const port = await freePort()
const origin = `http://127.0.0.1:${port}`
const app = spawn(process.execPath, ['server.mjs'], {
  env: {
    ...env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    NEXT_DIST_DIR: distDir,
    DB_PUSH: 'true',
    SITE_URL: origin,
  },
  stdio: ['ignore', 'ignore', 'inherit'],
})
try {
  for (
    let i = 0;
    i < 900 &&
    !(await fetch(`${origin}/api/health`)
      .then((r) => r.ok)
      .catch(() => false));
    i += 1
  )
    await sleep(200)

  // Baseline: fetch every item page once (rendering included), writing nothing.
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text()
  const items = [...sitemap.matchAll(/<loc>([^<]+\/notices\/\d+)<\/loc>/g)].map((m) => m[1])
  const concurrency = 8
  // Warm-up (JIT, module loading) on pages that are then left out of the timing.
  const warmUp = async () => {
    for (const url of [`${origin}/`, ...items.slice(-30)]) await (await fetch(url)).arrayBuffer()
  }
  await warmUp()
  let next = 0
  const fetchStarted = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const url = items[next++]
        await (await fetch(url)).arrayBuffer()
      }
    }),
  )
  const fetchSeconds = (performance.now() - fetchStarted) / 1000
  console.log(
    `fetch-only: ${items.length} item pages in ${fetchSeconds.toFixed(1)} s (${(items.length / fetchSeconds).toFixed(0)}/s; pages now cached)`,
  )
  app.kill('SIGTERM')
  await sleep(1500)
  // The export as `npm run export` runs it: it starts the production build itself, one server
  // per core, each rendering every page from scratch (rendered pages are cached in memory only).
  const started = performance.now()
  const run = spawnSync(
    process.execPath,
    [
      'scripts/run-ts.mjs',
      'scripts/export.ts',
      '--out',
      path.join(work, 'export'),
      '--dist-dir',
      distDir,
      '--api-origin',
      'https://www.district.example',
      '--concurrency',
      String(concurrency),
      '--quiet',
    ],
    { env: { ...env, NODE_OPTIONS: '', NODE_ENV: 'production', DB_PUSH: 'true' }, encoding: 'utf8' },
  )
  const wall = (performance.now() - started) / 1000
  process.stdout.write(run.stdout)
  if (run.status !== 0) throw new Error(`export failed: ${run.stderr}`)
  const pages = Number(/export: (\d+) pages/.exec(run.stdout)?.[1] ?? 0)
  const seconds = Number(/ in ([\d.]+) s,/.exec(run.stdout)?.[1] ?? wall)
  console.log(`export wall time with server start-up: ${wall.toFixed(1)} s`)
  console.log(
    `export: ${items.length} items in ${seconds.toFixed(1)} s, ${(pages / seconds).toFixed(0)} pages/s, ratio to fetch-only ${(fetchSeconds / seconds).toFixed(2)}`,
  )
} finally {
  app.kill('SIGTERM')
  await sleep(1000)
  fs.rmSync(work, { recursive: true, force: true })
}
