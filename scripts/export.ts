/**
 * `npm run export`: writes the whole public site to a folder any static web server can serve.
 *
 *   npm run export -- --out export --api-origin https://www.example.gov.cn [--site-url …] [--from URL[,URL…]]
 *
 * Without --from it starts the production build (`npm run build` first) against the configured
 * DATABASE_URL, one server per core (`--servers N`): a Node process renders on one core only.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import cliProgress from 'cli-progress'

import { crawlSite } from '../src/lib/export/crawl'
import { buildStaticSearchIndex } from '../src/lib/export/staticSearch'
import { freePort } from '../src/lib/freePort'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'export' },
    'api-origin': { type: 'string', default: process.env.PUBLIC_API_ORIGIN ?? process.env.SITE_URL ?? '' },
    'site-url': { type: 'string' },
    from: { type: 'string' },
    concurrency: { type: 'string', default: '8' },
    servers: { type: 'string', default: String(os.availableParallelism()) },
    'dist-dir': { type: 'string', default: process.env.NEXT_DIST_DIR ?? '.next' },
    quiet: { type: 'boolean', default: false },
  },
})

async function startServer(distDir: string) {
  await fs.access(path.join(distDir, 'BUILD_ID')).catch(() => {
    throw new Error(`no production build in ${distDir}: run "npm run build" first`)
  })
  const port = await freePort()
  const child = spawn(process.execPath, ['server.mjs'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: distDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      JOBS_AUTORUN: 'false',
      // Absolute links in feeds and the sitemap then use an origin the crawler replaces.
      SITE_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    child.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000).unref())])
  }
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const ok = await fetch(`${url}/api/health`)
      .then((r) => r.ok)
      .catch(() => false)
    if (ok) return { url, stop }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  child.kill('SIGKILL')
  throw new Error('the site did not start')
}

/**
 * The draft-mode cookie of this build (Next.js keeps its value in prerender-manifest.json).
 * With it, Next.js renders each page on demand instead of as an incremental static page: the
 * export reads every page once, so storing each in the page cache and cutting its prefetch
 * segments is wasted work (about a quarter of an item page's render). Pages read as the public
 * in draft mode too (see /preview), so the export holds exactly what readers see.
 */
async function cacheBypassCookie(distDir: string): Promise<string | undefined> {
  try {
    const manifest = JSON.parse(await fs.readFile(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as {
      preview?: { previewModeId?: string }
    }
    const id = manifest.preview?.previewModeId
    return id ? `__prerender_bypass=${id}` : undefined
  } catch {
    return undefined
  }
}

const outDir = path.resolve(values.out!)
/** `--from` may list several running instances, comma-separated; otherwise start one per core. */
async function startServers(count: number) {
  const started: Awaited<ReturnType<typeof startServer>>[] = []
  // One after the other: the first start may push the schema or seed; the next ones find it done.
  for (let index = 0; index < count; index += 1) started.push(await startServer(values['dist-dir']!))
  return {
    urls: started.map((server) => server.url),
    stop: async () => {
      await Promise.all(started.map((server) => server.stop()))
    },
  }
}
const server = values.from
  ? { urls: values.from.split(',').map((from) => from.trim().replace(/\/+$/, '')), stop: async () => {} }
  : await startServers(Math.max(1, Number(values.servers) || 1))
const bar = values.quiet
  ? null
  : new cliProgress.SingleBar(
      { format: '导出 export |{bar}| {value}/{total} {percentage}% · {eta_formatted} left', hideCursor: true },
      cliProgress.Presets.shades_classic,
    )
try {
  await fs.rm(outDir, { recursive: true, force: true })
  await fs.mkdir(outDir, { recursive: true })
  const started = performance.now()
  bar?.start(1, 0)
  const result = await crawlSite(
    [
      '/',
      '/sitemap.xml',
      '/feed.xml',
      '/robots.txt',
      '/search',
      '/gazette',
      '/guide',
      '/mailboxes',
      '/mailboxes/track',
    ],
    {
      from: server.urls,
      outDir,
      apiOrigin: values['api-origin']!.replace(/\/+$/, ''),
      siteUrl: (values['site-url'] ?? values['api-origin'] ?? server.urls[0]).replace(/\/+$/, ''),
      concurrency: Math.max(1, Number(values.concurrency) || 8),
      headers: await cacheBypassCookie(values['dist-dir']!).then((cookie) => (cookie ? { cookie } : undefined)),
      onProgress: (done, total) => {
        bar?.setTotal(total)
        bar?.update(done)
      },
    },
  )
  bar?.stop()
  // The 404 page, and the scripts and styles every page loads.
  const notFound = await fetch(`${server.urls[0]}/__export-404__`)
  await fs.writeFile(path.join(outDir, '404.html'), await notFound.text())
  await fs.cp(path.join(values['dist-dir']!, 'static'), path.join(outDir, '_next', 'static'), { recursive: true })
  const seconds = (performance.now() - started) / 1000
  // The search page's index (Pagefind over the exported item pages), timed on its own.
  const indexStarted = performance.now()
  const searchIndex = await buildStaticSearchIndex(outDir)
  const indexSeconds = (performance.now() - indexStarted) / 1000
  console.log(
    `export: ${result.pages} pages and ${result.files} files (${(result.bytes / 1024 / 1024).toFixed(1)} MB) in ${seconds.toFixed(1)} s, ${(result.pages / seconds).toFixed(0)} pages/s, search index of ${searchIndex.pages} items (${indexSeconds.toFixed(1)} s) → ${outDir}`,
  )
  if (result.failed.length) {
    console.error(
      `export: ${result.failed.length} addresses failed, e.g. ${result.failed
        .slice(0, 5)
        .map((f) => `${f.path} (${f.status})`)
        .join(', ')}`,
    )
    process.exitCode = 1
  }
} finally {
  bar?.stop()
  await server.stop()
}
// Explicitly, so that servers or timers left behind by a failure cannot keep the command alive.
process.exit(process.exitCode ?? 0)
