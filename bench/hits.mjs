/**
 * npm run bench:hits — throughput of POST /api/hits against the ceiling and the naive way.
 *
 * 1. bare Node `http` server answering the same POST (the ceiling);
 * 2. the hit counter's production ingest path (the plugin's fast listener, in an app process
 *    with one Payload instance, SQLite), every request a distinct reader (X-Forwarded-For);
 * 3. Payload's REST handler for /api/hits without Next.js (what the Next route adds on top of);
 * 4. the naive approach: payload.findByID + payload.update per hit.
 * Medians of RUNS timed runs after a warm-up. After the runs the app gets SIGTERM and prints
 * what it stored; `lost` = hits answered 202 (counted) minus hits stored.
 * Env: BENCH_SECONDS (5), BENCH_RUNS (3), BENCH_CONNECTIONS (50), BENCH_DB=postgres for a fresh
 * PostgreSQL database (TEST_POSTGRES_URL's server) instead of a fresh SQLite file.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { clearInterval, setInterval } from 'node:timers'
import { URL } from 'node:url'

import autocannon from 'autocannon'
import pg from 'pg'
import { freePort, median } from './lib.mjs'

const seconds = Number(process.env.BENCH_SECONDS || 5)
const runs = Number(process.env.BENCH_RUNS || 3)
const connections = Number(process.env.BENCH_CONNECTIONS || 50)

function startProcess(args, env, readyPattern) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
  const ready = new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = output.match(readyPattern)
      if (match) {
        clearInterval(timer)
        resolve(match)
      } else if (child.exitCode !== null) {
        clearInterval(timer)
        reject(new Error(`process exited early:\n${output}`))
      }
    }, 100)
  })
  return { child, ready, exited, output: () => output }
}

let reader = 0
const userAgent = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36'

/**
 * One load run. With `vary`, every request is a new reader (its own address), so none is a
 * repeat; without, every request is the same bytes (the generator's cheapest case).
 */
async function load(url, amount, body, vary = true) {
  let counted = 0
  const fixedRequest = {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'user-agent': userAgent },
  }
  const readerRequest = {
    method: 'POST',
    body,
    setupRequest(request) {
      reader += 1
      request.headers = {
        ...request.headers,
        'content-type': 'application/json',
        'user-agent': userAgent,
        'x-forwarded-for': `10.${(reader >> 16) & 255}.${(reader >> 8) & 255}.${reader & 255}`,
      }
      return request
    },
  }
  const instance = autocannon({
    url,
    connections,
    // A fixed number of requests, not a fixed time: every request is answered before the
    // run ends, so the client-side count of 202s is exact.
    amount,
    requests: [vary ? readerRequest : fixedRequest],
  })
  instance.on('response', (_client, status) => {
    if (status === 202) counted += 1
  })
  const result = await instance
  return {
    rate: result.requests.total / result.duration,
    p99: result.latency.p99,
    counted,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

const print = (name, summary) =>
  console.info(
    `${name.padEnd(34)} ${String(Math.round(summary.rate)).padStart(7)}/s  p99 ${String(summary.p99).padStart(4)} ms  (errors ${summary.errors}, non-2xx ${summary.non2xx})`,
  )

const summarise = (warm, results) => ({
  rate: median(results.map((r) => r.rate)),
  p99: median(results.map((r) => r.p99)),
  counted: warm.counted + results.reduce((sum, r) => sum + r.counted, 0),
  errors: warm.errors + results.reduce((sum, r) => sum + r.errors, 0),
  non2xx: warm.non2xx + results.reduce((sum, r) => sum + r.non2xx, 0),
})

/**
 * Warm-up, then timed runs of several targets taken in turn (A, B, A, B …), so that other
 * load on a shared machine falls on all of them alike; medians per target.
 */
async function measureInTurn(targets, timedRuns = runs) {
  const state = []
  for (const target of targets) {
    const warm = await load(target.url, target.warmup ?? 20_000, body, target.vary ?? true)
    // Size the timed runs from the warm-up rate so each lasts about BENCH_SECONDS.
    state.push({ warm, amount: Math.max(connections * 4, Math.round(warm.rate * seconds)), results: [] })
  }
  for (let i = 0; i < timedRuns; i++) {
    for (const [index, target] of targets.entries()) {
      state[index].results.push(await load(target.url, state[index].amount, body, target.vary ?? true))
    }
  }
  return targets.map((target, index) => {
    const summary = summarise(state[index].warm, state[index].results)
    print(target.name, summary)
    return summary
  })
}

async function stopApp(app) {
  app.child.kill('SIGTERM')
  const code = await app.exited
  const match = app.output().match(/STORED (\{.*\})/)
  if (!match) throw new Error(`app exited ${code} without reporting its counts:\n${app.output().slice(-3000)}`)
  return JSON.parse(match[1])
}

const body = JSON.stringify({ column: 'bench' })
console.info(
  `hits benchmark (${process.env.BENCH_DB === 'postgres' ? 'PostgreSQL' : 'SQLite'}): ${os.cpus().length} CPUs, ${connections} connections, ${runs}×${seconds}s after a warm-up\n`,
)

// 1. The ceiling.
const barePort = await freePort()
const bare = startProcess(
  [
    '-e',
    `require('http').createServer((q,s)=>{q.resume();q.on('end',()=>{s.writeHead(202,{'content-type':'application/json'});s.end('{"counted":true}')})}).listen(${barePort},'127.0.0.1',()=>console.log('READY'))`,
  ],
  {},
  /READY/,
)
await bare.ready

// 2–4. The app: one process, three ingest paths, one database.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-hits-'))
const adminUrl = process.env.TEST_POSTGRES_URL || 'postgres://gongkai:gongkai@127.0.0.1:5432/postgres'
const pgName = `gk_bench_hits_${Date.now().toString(36)}`
async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
let databaseUrl = `file:${path.join(dir, 'bench.db')}`
if (process.env.BENCH_DB === 'postgres') {
  await adminQuery(`create database "${pgName}"`)
  const url = new URL(adminUrl)
  url.pathname = `/${pgName}`
  databaseUrl = url.toString()
}
const [hitsPort, naivePort, payloadPort] = [await freePort(), await freePort(), await freePort()]
const app = startProcess(
  ['--conditions=production', '--import', 'tsx', 'bench/hits-server.ts'],
  {
    NODE_ENV: 'production',
    NODE_OPTIONS: '',
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
    HITS_PORT: String(hitsPort),
    HITS_NAIVE_PORT: String(naivePort),
    HITS_PAYLOAD_PORT: String(payloadPort),
    LOG_LEVEL: 'warn',
  },
  /READY (\{.*\})/,
)
const { column } = JSON.parse((await app.ready)[1])
const hitsUrl = `http://127.0.0.1:${hitsPort}/api/hits`
const bareUrl = `http://127.0.0.1:${barePort}/api/hits`
// For scale: the bare server with one fixed request; the gap to "bare node http" is the load
// generator's own cost of making every request a different reader.
await measureInTurn([{ name: 'bare node http, fixed request', url: bareUrl, vary: false }], 1)
const [bareResult, hits] = await measureInTurn([
  { name: 'bare node http', url: bareUrl },
  { name: 'hit counter (fast listener)', url: hitsUrl },
])
bare.child.kill('SIGTERM')
await bare.exited
const [viaPayload] = await measureInTurn(
  [{ name: 'hit counter (Payload REST handler)', url: `http://127.0.0.1:${payloadPort}/api/hits` }],
  1,
)
const [naive] = await measureInTurn(
  [{ name: 'naive payload.update per hit', url: `http://127.0.0.1:${naivePort}/`, warmup: 200 }],
  1,
)
const stored = await stopApp(app)
fs.rmSync(dir, { recursive: true, force: true })
if (process.env.BENCH_DB === 'postgres') await adminQuery(`drop database if exists "${pgName}" with (force)`)

const counted = hits.counted + viaPayload.counted
const storedHits = Number(stored.totals[`c:${column}`] ?? 0)
// Hits answered 202 must all be stored; the app's own count of accepted hits must match too.
const lost = Math.max(counted, Number(stored.accepted)) - storedHits
const naiveLost = naive.counted - Number(stored.naive)
const ratio = (value) => (value / bareResult.rate).toFixed(3)
console.info(`
ratios to bare node: fast listener ${ratio(hits.rate)}, Payload REST handler ${ratio(viaPayload.rate)}, naive ${ratio(naive.rate)}
naive: ${naive.counted} answered, ${stored.naive} stored, lost ${naiveLost}
counter: ${counted} answered 202, ${stored.accepted} accepted by the app, ${storedHits} stored`)
console.info(
  `hits: ${Math.round(hits.rate)}/s, ratio to bare node ${ratio(hits.rate)}, lost ${lost}, p99 ${hits.p99} ms`,
)
if (lost !== 0) process.exitCode = 1
