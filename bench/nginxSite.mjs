/**
 * The nginx part of `npm run bench:site`: the same column page through Debian's nginx
 * (deploy/nginx/gongkai.conf, run by tests/helpers/nginx.ts) over two instances on one
 * database, against one instance answered directly, in the same run.
 *
 *  1. two instances with their page cache on (the default): nginx caching no pages (every
 *     request reaches an instance's page cache), then nginx caching pages (s-maxage=2);
 *  2. two instances with PAGE_CACHE=off: nginx caching pages, so that the page cache's worth
 *     behind nginx shows. "Spread" reads column and item pages of the sitemap drawn at random
 *     (pages nginx holds only briefly, revalidated or missing: the instances' work).
 *
 * Without nginx it prints one line saying so and measures nothing.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import { pathToFileURL } from 'node:url'

import autocannon from 'autocannon'

import { bundleEntry } from '../scripts/lib/bundle.mjs'
import { freePort, median, sleep, waitFor } from './lib.mjs'

/**
 * @param {{ env: Record<string, string>, origin: string, columnPath: string, spreadPaths: string[],
 *   measure: (label: string, url: string, headers?: Record<string, string>) => Promise<{ rate: number, p99: number }>,
 *   runs: number, seconds: number, connections: number }} options
 *   env: the first instance's environment (database, secret); origin: that instance.
 */
export async function benchThroughNginx({ env, origin, columnPath, spreadPaths, measure, runs, seconds, connections }) {
  const nginxBinary = process.env.NGINX_BIN || '/usr/sbin/nginx'
  if (!fs.existsSync(nginxBinary)) {
    console.log(`\nnginx: not measured, ${nginxBinary} is not installed (apt-get install -y nginx)`)
    return null
  }
  const bundle = await bundleEntry('tests/helpers/nginx.ts')
  /** @type {{ kill: () => void }[]} */
  const running = []
  /** @type {{ stop: () => Promise<void> }[]} */
  const proxies = []
  try {
    const { startNginx } = await import(pathToFileURL(bundle.file).href)
    const startInstance = async (extra) => {
      const port = await freePort()
      const child = spawn(process.execPath, ['server.mjs'], {
        env: { ...env, ...extra, PORT: String(port), SEED_ON_START: 'false', JOBS_AUTORUN: 'false' },
        stdio: ['ignore', 'ignore', 'inherit'],
      })
      running.push({ kill: () => child.kill('SIGTERM') })
      await waitFor(`http://127.0.0.1:${port}/api/health`)
      return port
    }
    const nginxOver = async (upstreams, pageCache) => {
      const proxy = await startNginx({ upstreams, pageCache, workers: os.availableParallelism?.() ?? 2 })
      proxies.push(proxy)
      return proxy
    }
    // Each request a page drawn at random: readers spread over the site rather than every
    // connection walking the same list in step.
    const requests = [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: spreadPaths[Math.floor(Math.random() * spreadPaths.length)] }),
      },
    ]
    // Every page rendered once on each instance first, so that no configuration pays for
    // first renders the other did not.
    const warm = async (ports) => {
      for (const port of ports) {
        const queue = [...spreadPaths]
        const worker = async () => {
          for (let path = queue.shift(); path; path = queue.shift()) {
            await (await fetch(`http://127.0.0.1:${port}${path}`)).arrayBuffer()
          }
        }
        await Promise.all([worker(), worker(), worker(), worker()])
      }
    }
    const spread = async (label, base) => {
      await autocannon({ url: base, connections: 10, amount: spreadPaths.length * 2, requests })
      const results = []
      for (let run = 0; run < runs; run += 1) {
        const result = await autocannon({ url: base, connections, duration: seconds, requests })
        if (result.non2xx) throw new Error(`${label}: ${result.non2xx} non-2xx answers`)
        results.push({ rate: result.requests.average, p99: result.latency.p99 })
      }
      const figure = { rate: median(results.map((r) => r.rate)), p99: median(results.map((r) => r.p99)) }
      console.log(
        `${label.padEnd(44)} ${figure.rate.toFixed(0).padStart(7)} req/s   p99 ${String(figure.p99).padStart(4)} ms`,
      )
      return figure
    }

    console.log(`\nthrough nginx (${spreadPaths.length} pages in "spread"):`)
    const firstPort = Number(new URL(origin).port)
    const secondPort = await startInstance({})
    const direct = await measure('one instance, direct'.padEnd(44), `${origin}${columnPath}`)
    const balanced = await nginxOver([firstPort, secondPort], false)
    const throughApps = await measure(
      'nginx → 2 instances, their page caches'.padEnd(44),
      `${balanced.url}${columnPath}`,
    )
    await warm([firstPort, secondPort])
    const spreadApps = await spread('  spread, nginx → their page caches', balanced.url)
    const caching = await nginxOver([firstPort, secondPort], true)
    const nginxCached = await measure(
      'nginx cache → 2 instances (page cache on)'.padEnd(44),
      `${caching.url}${columnPath}`,
    )
    const spreadOn = await spread('  spread, page cache on', caching.url)
    const directSpread = await spread('  spread, one instance direct', origin)

    const off = [await startInstance({ PAGE_CACHE: 'off' }), await startInstance({ PAGE_CACHE: 'off' })]
    await warm(off)
    const cachingOff = await nginxOver(off, true)
    const nginxCachedOff = await measure(
      'nginx cache → 2 instances (PAGE_CACHE=off)'.padEnd(44),
      `${cachingOff.url}${columnPath}`,
    )
    const spreadOff = await spread('  spread, PAGE_CACHE=off', cachingOff.url)
    return { direct, throughApps, spreadApps, nginxCached, spreadOn, directSpread, nginxCachedOff, spreadOff }
  } finally {
    for (const proxy of proxies) await proxy.stop()
    for (const instance of running) instance.kill()
    await sleep(500)
    bundle.remove()
  }
}
