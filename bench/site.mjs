/**
 * npm run bench:site — the public site's cached pages against the same pages rendered
 * uncached and against a bare Node server, on the demo data.
 *
 * The app runs as `npm start` does (server.mjs on a production build in .next-bench, built when missing or with
 * BENCH_BUILD=1) on a fresh SQLite database seeded with the demo content. "Uncached" is the
 * same URL with Next.js draft mode on (the `/preview` switch), which renders every request.
 * Each figure is the median of BENCH_RUNS runs of BENCH_SECONDS with BENCH_CONNECTIONS
 * connections after a warm-up; client, server and database share the machine's cores.
 * Publish under load: BENCH_CONNECTIONS connections read the (cached) column pages of a few
 * columns other than the one being published to, once without publishing and once while an
 * item is published into that one column every 5 s through the HTTP API the admin uses (the
 * review chain: editor creates and submits, 初审 reviewer and 终审 admin approve, admin
 * publishes); p50/p99 and req/s side by side. Runs on whatever build is in the build folder.
 * Last line: `site: column page <rate>/s, ratio to uncached <r>, p99 <ms> ms`.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { nextBuild } from '../scripts/next-build.mjs'
import { benchThroughNginx } from './nginxSite.mjs'
import { freePort, median, sleep, waitFor } from './lib.mjs'

const seconds = Number(process.env.BENCH_SECONDS || 10)
const runs = Number(process.env.BENCH_RUNS || 3)
const connections = Number(process.env.BENCH_CONNECTIONS || 50)
const distDir = process.env.BENCH_DIST_DIR || '.next-bench'

async function measure(label, url, headers = {}) {
  await autocannon({ url, connections: 10, amount: 200, headers })
  const results = []
  for (let run = 0; run < runs; run += 1) {
    const result = await autocannon({ url, connections, duration: seconds, headers })
    if (result.non2xx) throw new Error(`${label}: ${result.non2xx} non-2xx answers`)
    results.push({ rate: result.requests.average, p99: result.latency.p99 })
  }
  const figure = { rate: median(results.map((r) => r.rate)), p99: median(results.map((r) => r.p99)) }
  console.log(
    `${label.padEnd(28)} ${figure.rate.toFixed(0).padStart(7)} req/s   p99 ${String(figure.p99).padStart(4)} ms`,
  )
  return figure
}

if (process.env.BENCH_BUILD === '1' || !fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
  console.log(`building into ${distDir} …`)
  if (nextBuild(distDir) !== 0) process.exit(1)
}

// The ceiling: a bare Node server in its own process, like the app.
const barePort = await freePort()
const bare = spawn(
  process.execPath,
  [
    '-e',
    `require('http').createServer((q,s)=>{s.setHeader('content-type','text/html');s.end('ok')}).listen(${barePort},'127.0.0.1')`,
  ],
  { stdio: 'ignore' },
)

const databaseFile = path.join(os.tmpdir(), `gongkai-bench-site-${crypto.randomBytes(4).toString('hex')}.db`)
const password = crypto.randomBytes(9).toString('base64url')
const port = await freePort()
const origin = `http://127.0.0.1:${port}`
const appEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_DIST_DIR: distDir,
  PORT: String(port),
  HOST: '127.0.0.1',
  DATABASE_URL: `file:${databaseFile}`,
  DB_PUSH: 'true',
  SEED_ON_START: 'true',
  DEMO_PASSWORD: password,
  PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
  JOBS_AUTORUN: 'false',
  LOG_LEVEL: 'warn',
  SITE_URL: origin,
}
const app = spawn(process.execPath, ['server.mjs'], { env: appEnv, stdio: ['ignore', 'ignore', 'inherit'] })

try {
  await waitFor(`${origin}/api/health`)
  await waitFor(`http://127.0.0.1:${barePort}/`)
  // /sitemap.xml is a sitemap index: the pages are in the files it names.
  const locsOf = async (url) => [...(await (await fetch(url)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
  const locs = []
  for (const loc of await locsOf(`${origin}/sitemap.xml`))
    locs.push(...(loc.endsWith('.xml') ? await locsOf(loc) : [loc]))
  const columnUrl = process.env.BENCH_COLUMN_URL || locs.find((loc) => loc.includes('/columns/'))
  const itemUrl = locs.find((loc) => loc.includes('/notices/'))
  if (!columnUrl || !itemUrl) throw new Error('the demo data has no column or item page')
  console.log(
    `column page: ${columnUrl}\nitem page:   ${itemUrl}\n${connections} connections, ${runs} × ${seconds} s, medians\n`,
  )

  const login = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.com', password }),
  })
  const { token } = await login.json()
  const preview = await fetch(`${origin}/preview?on=1`, { headers: { authorization: `JWT ${token}` } })
  const bypass = preview.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ')
  if (!bypass.includes('__prerender_bypass')) throw new Error('could not switch the cache bypass on')

  const bareFigure = await measure('bare node server', `http://127.0.0.1:${barePort}/`)
  const column = await measure('column page, cached', columnUrl)
  const item = await measure('item page, cached', itemUrl)
  const columnUncached = await measure('column page, uncached', columnUrl, { cookie: bypass })
  const itemUncached = await measure('item page, uncached', itemUrl, { cookie: bypass })

  // Freshness: an edit goes through the review chain (editor → 初审 reviewer → 终审 admin),
  // then is published; time from the publish action until a reader sees it.
  const tokenOf = async (email) =>
    (
      await (
        await fetch(`${origin}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password }),
        })
      ).json()
    ).token
  const tokens = new Map()
  const act = async (email, method, path, body) => {
    if (!tokens.has(email)) tokens.set(email, await tokenOf(email))
    const response = await fetch(`${origin}/api${path}`, {
      method,
      headers: { authorization: `JWT ${tokens.get(email)}`, 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    })
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
    return response.json()
  }
  const id = itemUrl.split('/').pop()
  const marker = `（更新${Date.now().toString(36)}）`
  const current = await (
    await fetch(`${origin}/api/notices/${id}?depth=0`, { headers: { authorization: `JWT ${token}` } })
  ).json()
  await act('editor@example.com', 'PATCH', `/notices/${id}`, { title: `${current.title}${marker}` })
  await act('editor@example.com', 'POST', `/notices/${id}/workflow/submit`)
  await act('reviewer@example.com', 'POST', `/notices/${id}/workflow/approve`)
  await act('admin@example.com', 'POST', `/notices/${id}/workflow/approve`)
  const publishedAt = Date.now()
  await act('admin@example.com', 'POST', `/notices/${id}/workflow/publish`)
  let visibleMs = null
  while (Date.now() - publishedAt < 30_000) {
    const html = await (await fetch(itemUrl)).text()
    if (html.includes(marker)) {
      visibleMs = Date.now() - publishedAt
      break
    }
    await sleep(50)
  }

  // Publish under load: readers of other columns' pages while one column gets a new item every 5 s.
  const publishColumn = current.primaryColumn
  const { docs: columnDocs } = await (
    await fetch(`${origin}/api/columns?limit=0&depth=0`, { headers: { authorization: `JWT ${token}` } })
  ).json()
  const publishPath = columnDocs.find((doc) => doc.id === publishColumn)?.path ?? ''
  // Not the column itself nor its ancestors (whose pages may list their children's items).
  const otherPaths = locs
    .filter((loc) => loc.includes('/columns/'))
    .map((loc) => new URL(loc).pathname)
    .filter((pathname) => {
      const columnPath = decodeURIComponent(pathname.slice('/columns/'.length))
      return columnPath !== publishPath && !publishPath.startsWith(`${columnPath}/`)
    })
    .slice(0, 4)
  if (otherPaths.length === 0) throw new Error('the demo data has no second column page')
  let published = 0
  const publishTimes = []
  async function publishOne() {
    const startedAt = Date.now()
    const created = await act('editor@example.com', 'POST', '/notices', {
      title: `基准发布第${published + 1}条（${Date.now().toString(36)}）`,
      type: current.type,
      primaryColumn: publishColumn,
      department: typeof current.department === 'object' ? current.department.id : current.department,
      summary: '发布压力测试。',
      body: current.body,
    })
    const newId = created.doc.id
    await act('editor@example.com', 'POST', `/notices/${newId}/workflow/submit`)
    await act('reviewer@example.com', 'POST', `/notices/${newId}/workflow/approve`)
    await act('admin@example.com', 'POST', `/notices/${newId}/workflow/approve`)
    await act('admin@example.com', 'POST', `/notices/${newId}/workflow/publish`)
    published += 1
    publishTimes.push(Date.now() - startedAt)
  }
  const readOthers = async (duration) => {
    const result = await autocannon({
      url: origin,
      connections,
      duration,
      requests: otherPaths.map((pathname) => ({ method: 'GET', path: pathname })),
    })
    if (result.non2xx || result.errors || result.timeouts)
      throw new Error(`other columns: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`)
    return { rate: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max }
  }
  const whilePublishing = async () => {
    let running = true
    const publisher = (async () => {
      while (running) {
        const next = Date.now() + 5000
        await publishOne()
        while (running && Date.now() < next) await sleep(50)
      }
    })()
    try {
      return await readOthers(seconds)
    } finally {
      running = false
      await publisher
    }
  }
  await autocannon({ url: `${origin}${otherPaths[0]}`, connections: 10, amount: 200 })
  const quiet = []
  const busy = []
  for (let run = 0; run < runs; run += 1) {
    quiet.push(await readOthers(seconds))
    busy.push(await whilePublishing())
  }
  const phase = (list) => ({
    rate: median(list.map((r) => r.rate)),
    p50: median(list.map((r) => r.p50)),
    p99: median(list.map((r) => r.p99)),
    max: median(list.map((r) => r.max)),
  })
  const [quietFigure, busyFigure] = [phase(quiet), phase(busy)]
  const cell = (figure) =>
    `${figure.rate.toFixed(0).padStart(7)} req/s   p50 ${String(figure.p50).padStart(4)} ms   p99 ${String(figure.p99).padStart(5)} ms   max ${String(figure.max).padStart(5)} ms`
  console.log('')
  console.log(`other columns' pages (${otherPaths.join(', ')}), publishing into column ${publishPath}:`)
  console.log(`  without publishing          ${cell(quietFigure)}`)
  console.log(`  one publish every 5 s       ${cell(busyFigure)}`)
  console.log(
    `  ${published} items published, each in ${median(publishTimes)} ms (median; create, submit, two approvals, publish)`,
  )

  // Two instances behind nginx (bench/nginxSite.mjs), against one instance direct, same run.
  const nginx = await benchThroughNginx({
    env: appEnv,
    origin,
    columnPath: new URL(columnUrl).pathname,
    spreadPaths: locs
      .filter((loc) => loc.includes('/columns/') || loc.includes('/notices/'))
      .slice(0, 300)
      .map((loc) => new URL(loc).pathname),
    measure,
    runs,
    seconds,
    connections,
  })

  console.log('')
  console.log(
    `ratios: column cached/uncached ${(column.rate / columnUncached.rate).toFixed(1)}×, item cached/uncached ${(item.rate / itemUncached.rate).toFixed(1)}×, column/bare ${(column.rate / bareFigure.rate).toFixed(3)}`,
  )
  if (nginx) {
    console.log(
      `nginx: column page through nginx's cache ${(nginx.nginxCached.rate / nginx.direct.rate).toFixed(2)}× one instance direct, through nginx to the instances' caches ${(nginx.throughApps.rate / nginx.direct.rate).toFixed(2)}×; spread pages: nginx's cache alone (PAGE_CACHE=off) ${(nginx.spreadOff.rate / nginx.spreadApps.rate).toFixed(2)}× the page caches alone, both ${(nginx.spreadOn.rate / nginx.spreadApps.rate).toFixed(2)}×`,
    )
  }
  console.log(
    `published edit visible on the item page ${visibleMs === null ? 'not within 30 s' : `${visibleMs} ms after the publish action`}`,
  )
  console.log(
    `site: column page ${column.rate.toFixed(0)}/s, ratio to uncached ${(column.rate / columnUncached.rate).toFixed(1)}, p99 ${column.p99} ms`,
  )
} finally {
  app.kill('SIGTERM')
  bare.kill('SIGTERM')
  await sleep(500)
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(databaseFile + suffix, { force: true })
}
