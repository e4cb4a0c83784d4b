/**
 * npm run bench:api — the public REST API of the reference site against plain Payload on the
 * same data and the same requests (issue 17).
 *
 * - Gongkai: the site as `npm start` runs it (server.mjs on the production build in .next-bench,
 *   built when missing or with BENCH_BUILD=1).
 * - Plain Payload: bench/api-baseline (the same collections' fields, derived from the reference
 *   config with its hooks, access, validation, endpoints and admin components stripped; read
 *   open), served by Payload's own REST handler (`handleEndpoints`) behind a bare Node `http`
 *   server. It has no Next.js routing in front, so it is a stricter bar than a plain Payload app.
 * Data: one fresh SQLite file with the demo content and BENCH_NOTICES (2,000) more published
 * notices (bench/api-seed.ts); the baseline reads a copy of that file, so ids and columns match.
 * Each figure: warm-up, then the median of BENCH_RUNS (3) runs of BENCH_SECONDS (10) with
 * BENCH_CONNECTIONS (20) connections, the two servers taken in turn; client and servers share
 * the machine's cores. "rotating" paths cycle through 100 ids (or 10 list pages) per
 * connection; "hot" repeats one. With If-None-Match, the ETag of a first answer is sent and a
 * 304 counts as an answer (the baseline sends no ETag and answers 200). A request unanswered
 * after 30 s is counted and shown beside its row; any status but 2xx (or that 304) fails.
 * Last line: `api: by-id <r>x plain, list <r>x plain, cached by-id <r>x plain`.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { nextBuild } from '../scripts/next-build.mjs'
import { freePort, median, sleep, waitFor } from './lib.mjs'

const seconds = Number(process.env.BENCH_SECONDS || 10)
const runs = Number(process.env.BENCH_RUNS || 3)
const connections = Number(process.env.BENCH_CONNECTIONS || 20)
const notices = Number(process.env.BENCH_NOTICES || 2000)
const distDir = process.env.BENCH_DIST_DIR || '.next-bench'

/** Pads to a width in terminal columns: a CJK character takes two. */
const pad = (text, width) =>
  text + ' '.repeat(Math.max(0, width - [...text].reduce((n, c) => n + (c > '\u2e80' ? 2 : 1), 0)))

/** A child process whose output is kept; `ready` resolves with the first match of `pattern`. */
function start(args, env, pattern) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const ready = (async () => {
    while (child.exitCode === null && child.signalCode === null) {
      const match = output.match(pattern)
      if (match) return match
      await sleep(100)
    }
    const match = output.match(pattern)
    if (match) return match
    throw new Error(`${args.at(-1)} exited ${child.exitCode} before it was ready:\n${output.slice(-4000)}`)
  })()
  return { child, ready, exited, output: () => output }
}

/**
 * One autocannon run over `paths` (cycled per connection). 2xx answers, and 304 when
 * `notModified` is allowed, are answers; any other status fails the benchmark.
 */
async function load(origin, paths, headers, { duration, amount, notModified }) {
  const result = await autocannon({
    url: origin,
    connections: amount ? Math.min(connections, 10) : connections,
    ...(amount ? { amount } : { duration }),
    requests: paths.map((p) => ({ method: 'GET', path: p, headers })),
    timeout: 30,
  })
  const counts = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, Number(count)]),
  )
  const bad = Object.entries(counts).filter(
    ([status]) => !(status.startsWith('2') || (notModified && status === '304')),
  )
  if (bad.length) throw new Error(`${origin}${paths[0]}: answers ${JSON.stringify(counts)}`)
  return {
    rate: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    counts,
    // Requests not answered within the timeout (a loaded server's tail); counted, not fatal.
    failed: result.errors + result.timeouts,
  }
}

/** Warm-up, then the timed runs of every side in turn (A, B, A, B …); medians per side. */
async function measure(sides) {
  for (const side of sides) await load(side.origin, side.paths, side.headers, { amount: 200, ...side })
  const results = sides.map(() => [])
  for (let run = 0; run < runs; run += 1)
    for (const [index, side] of sides.entries())
      results[index].push(await load(side.origin, side.paths, side.headers, { duration: seconds, ...side }))
  return results.map((list) => ({
    rate: median(list.map((r) => r.rate)),
    p50: median(list.map((r) => r.p50)),
    p99: median(list.map((r) => r.p99)),
    notModified: list.reduce((sum, r) => sum + (r.counts['304'] ?? 0), 0),
    failed: list.reduce((sum, r) => sum + r.failed, 0),
  }))
}

/** Status, body size and the headers of interest of one answer. */
async function probe(url, headers = {}) {
  const response = await fetch(url, { headers })
  const body = Buffer.from(await response.arrayBuffer())
  return {
    status: response.status,
    bytes: body.length,
    etag: response.headers.get('etag'),
    cacheControl: response.headers.get('cache-control'),
    cache: response.headers.get('x-gongkai-cache'),
  }
}

if (process.env.BENCH_BUILD === '1' || !fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
  console.log(`building into ${distDir} …`)
  if (nextBuild(distDir) !== 0) process.exit(1)
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-api-'))
const gongkaiDb = path.join(dir, 'gongkai.db')
const baselineDb = path.join(dir, 'baseline.db')
const password = crypto.randomBytes(9).toString('base64url')
const secret = crypto.randomBytes(16).toString('hex')
const [port, baselinePort] = [await freePort(), await freePort()]
const origin = `http://127.0.0.1:${port}`
const baselineOrigin = `http://127.0.0.1:${baselinePort}`
const common = {
  NODE_ENV: 'production',
  NODE_OPTIONS: '',
  PAYLOAD_SECRET: secret,
  SITE_URL: origin,
  JOBS_AUTORUN: 'false',
  LOG_LEVEL: 'warn',
  DEMO_PASSWORD: password,
}
const tsx = ['--conditions=production', '--import', 'tsx']
const processes = []

try {
  console.log(`seeding the demo content and ${notices} more notices …`)
  const seed = start(
    [...tsx, 'bench/api-seed.ts'],
    { ...common, DATABASE_URL: `file:${gongkaiDb}`, DB_PUSH: 'true', BENCH_NOTICES: String(notices) },
    /SEEDED (\{.*\})/,
  )
  const seeded = JSON.parse((await seed.ready)[1])
  await seed.exited
  // The seed closed the database; a copy of the file (and of any WAL left) is the baseline's.
  for (const suffix of ['', '-wal', '-shm'])
    if (fs.existsSync(gongkaiDb + suffix)) fs.copyFileSync(gongkaiDb + suffix, baselineDb + suffix)

  const gongkai = start(
    ['server.mjs'],
    {
      ...common,
      NEXT_DIST_DIR: distDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${gongkaiDb}`,
      DB_PUSH: 'false',
      SEED_ON_START: 'false',
    },
    /Ready on/,
  )
  const baseline = start(
    [...tsx, 'bench/api-baseline/server.ts'],
    // DATABASE_URL is the reference config's, loaded only for its fields: it gets an empty file.
    {
      ...common,
      PORT: String(baselinePort),
      BASELINE_DATABASE_URL: `file:${baselineDb}`,
      DATABASE_URL: `file:${path.join(dir, 'unused.db')}`,
    },
    /READY/,
  )
  // For scale: a bare Node server on the same cores (how loaded the machine is during the run).
  const barePort = await freePort()
  const bare = start(
    [
      '-e',
      `require('http').createServer((q,s)=>{s.setHeader('content-type','application/json');s.end('{}')}).listen(${barePort},'127.0.0.1',()=>console.log('READY'))`,
    ],
    {},
    /READY/,
  )
  processes.push(gongkai, baseline, bare)
  await Promise.all([gongkai.ready, baseline.ready, bare.ready])
  await waitFor(`${origin}/api/health`)

  // The same public ids and column on both sides: the ones Gongkai shows an anonymous reader.
  const column = seeded.column
  const { docs } = await (await fetch(`${origin}/api/notices?limit=100&depth=0&sort=-publishedAt`)).json()
  const ids = docs.map((doc) => doc.id)
  const hot = ids[0]
  const signIn = async (base) => {
    const response = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@example.com', password }),
    })
    if (!response.ok) throw new Error(`${base}: editor sign-in ${response.status}`)
    const headers = { authorization: `JWT ${(await response.json()).token}` }
    // The token must sign the reader in on that server, or the "as editor" row reads anonymously.
    const { user } = await (await fetch(`${base}/api/users/me`, { headers })).json()
    if (user?.email !== 'editor@example.com') throw new Error(`${base}: the editor's token is not accepted`)
    return headers
  }
  const editor = { gongkai: await signIn(origin), baseline: await signIn(baselineOrigin) }
  console.log(
    `${seeded.notices} notices (${seeded.seconds.extra.toFixed(0)} s for the extra ones), list column ${column} with ${seeded.columnNotices}; ` +
      `${connections} connections, ${runs} × ${seconds} s, medians\n`,
  )

  const list = (depth, page) =>
    `/api/notices?limit=20&depth=${depth}&where[primaryColumn][equals]=${column}${page > 1 ? `&page=${page}` : ''}`
  const pages = (depth) => Array.from({ length: 10 }, (_, index) => list(depth, index + 1))
  const cases = [
    { key: 'byId', label: 'GET /api/notices/:id (100 ids)', paths: ids.map((id) => `/api/notices/${id}`) },
    { label: '  same, depth=0', paths: ids.map((id) => `/api/notices/${id}?depth=0`) },
    { key: 'byIdHot', label: '  one hot id', paths: [`/api/notices/${hot}`] },
    { key: 'byIdCached', label: '  one hot id, If-None-Match', paths: [`/api/notices/${hot}`], conditional: true },
    { key: 'list', label: 'list depth=0 (10 pages)', paths: pages(0) },
    { label: '  page 1 only', paths: [list(0, 1)] },
    { label: '  page 1, If-None-Match', paths: [list(0, 1)], conditional: true },
    { label: 'list depth=1 (10 pages)', paths: pages(1) },
    { label: '  page 1 only', paths: [list(1, 1)] },
    { label: 'list depth=0 as editor', paths: [list(0, 1)], signedIn: true },
    { label: 'GET /api/search?q=公告', paths: [`/api/search?q=${encodeURIComponent('公告')}`], gongkaiOnly: true },
  ]
  const sides = [
    { name: 'gongkai', origin },
    { name: 'baseline', origin: baselineOrigin },
  ]
  const [ceiling] = await measure([{ origin: `http://127.0.0.1:${barePort}`, paths: ['/'] }])
  console.log(
    `bare node http server (the ceiling, for scale): ${ceiling.rate.toFixed(0)} req/s, p99 ${ceiling.p99} ms\n`,
  )
  const rows = []
  for (const entry of cases) {
    const active = entry.gongkaiOnly ? sides.slice(0, 1) : sides
    const targets = []
    const sizes = []
    for (const side of active) {
      const headers = entry.signedIn ? editor[side.name] : {}
      const first = await probe(side.origin + entry.paths[0], headers)
      if (first.status !== 200) throw new Error(`${side.name} ${entry.paths[0]}: ${first.status}`)
      const conditional = entry.conditional && first.etag ? { 'if-none-match': first.etag } : {}
      sizes.push({ ...first, conditional: Boolean(conditional['if-none-match']) })
      targets.push({
        origin: side.origin,
        paths: entry.paths,
        headers: { ...headers, ...conditional },
        notModified: Boolean(entry.conditional),
      })
    }
    const figures = await measure(targets)
    rows.push({ ...entry, figures, sizes })
    const cell = (figure) =>
      figure
        ? `${figure.rate.toFixed(0).padStart(6)} ${String(figure.p50).padStart(4)} ${String(figure.p99).padStart(5)}`
        : '   n/a  n/a   n/a'
    const failed = figures.map((figure, index) =>
      figure.failed ? `  (${active[index].name}: ${figure.failed} timed out)` : '',
    )
    const ratio = figures[1] ? `${(figures[0].rate / figures[1].rate).toFixed(2)}x` : 'n/a'
    const size = (s) => (s ? `${(s.bytes / 1024).toFixed(1)}K${s.conditional ? ' 304' : ''}` : 'n/a')
    if (rows.length === 1)
      console.log(
        `${'path'.padEnd(32)} | gongkai  req/s  p50   p99 | plain   req/s  p50   p99 | ratio | size gongkai / plain`,
      )
    console.log(
      `${pad(entry.label, 32)} |        ${cell(figures[0])} |       ${cell(figures[1])} | ${ratio.padStart(5)} | ${size(sizes[0])} / ${size(sizes[1])}${failed.join('')}`,
    )
  }

  // Signed-in reads must never come from the anonymous answer cache.
  const signedIn = []
  for (let attempt = 0; attempt < 3; attempt += 1) signedIn.push(await probe(origin + list(0, 1), editor.gongkai))
  const anonymous = await probe(origin + list(0, 1))
  console.log('')
  console.log(
    `signed-in list: x-gongkai-cache ${signedIn.map((p) => p.cache ?? '-').join(', ')}; cache-control ${signedIn[0].cacheControl ?? '-'}` +
      `${signedIn.some((p) => p.cache === 'HIT') ? '  << SERVED FROM THE ANONYMOUS CACHE' : ''}`,
  )
  console.log(
    `anonymous list: x-gongkai-cache ${anonymous.cache ?? '-'}; cache-control ${anonymous.cacheControl ?? '-'}; etag ${anonymous.etag ? 'yes' : 'no'}`,
  )
  const rowOf = (key) => rows.find((row) => row.key === key)
  const ratioOf = (key) => (rowOf(key).figures[0].rate / rowOf(key).figures[1].rate).toFixed(2)
  console.log(
    `api: by-id ${ratioOf('byId')}x plain, list ${ratioOf('list')}x plain, cached by-id ${ratioOf('byIdCached')}x plain`,
  )
  if (signedIn.some((p) => p.cache === 'HIT')) process.exitCode = 1
} finally {
  for (const { child } of processes) child.kill('SIGTERM')
  await Promise.all(processes.map(({ exited }) => Promise.race([exited, sleep(10_000)])))
  fs.rmSync(dir, { recursive: true, force: true })
}
