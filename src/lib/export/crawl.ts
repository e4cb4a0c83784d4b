import fs from 'node:fs/promises'
import path from 'node:path'

import { fileForPath, linksIn, rewriteHtmlLinks } from './relativeLinks'
import { staticSearchMeta } from './staticSearch'

export type CrawlOptions = {
  /**
   * The running site to read from, e.g. http://127.0.0.1:3000; several instances of it on one
   * database spread the rendering over the cores (one Node process renders on one core).
   */
  from: string | string[]
  outDir: string
  /** Written into `<meta name="gongkai-api">`: where the beacon, search and forms send requests. */
  apiOrigin: string
  /** Replaces the server's origin in feeds and the sitemap. */
  siteUrl: string
  concurrency: number
  /** Sent with every request, e.g. the cookie that has pages rendered afresh instead of cached. */
  headers?: Record<string, string>
  onProgress?: (done: number, total: number) => void
}

export type CrawlResult = { pages: number; files: number; bytes: number; failed: { path: string; status: number }[] }

/** What the export copies: the public pages, feeds, sitemap and uploaded files; never admin or API calls. */
export function isExportable(link: string): boolean {
  if (!link.startsWith('/') || link.startsWith('//')) return false
  if (link.startsWith('/admin') || link.startsWith('/_next/')) return false
  if (link.startsWith('/api/')) return link.startsWith('/api/media/file/')
  return true
}

const withoutQuery = (link: string) => link.split(/[?#]/)[0] || '/'

/**
 * Breadth-first over every page reachable from the seeds (home, sitemap entries …), so the
 * export holds every page a reader can reach by a link and every link in it works.
 */
export async function crawlSite(seeds: string[], options: CrawlOptions): Promise<CrawlResult> {
  const seen = new Set<string>()
  const queue: string[] = []
  const enqueue = (link: string) => {
    const clean = withoutQuery(link)
    if (!isExportable(clean) || seen.has(clean)) return
    seen.add(clean)
    queue.push(clean)
  }
  seeds.forEach(enqueue)
  const result: CrawlResult = { pages: 0, files: 0, bytes: 0, failed: [] }
  let done = 0
  const origins = (Array.isArray(options.from) ? options.from : [options.from]).map((from) => new URL(from).origin)
  let turn = 0
  // Uncompressed: on loopback gzip only costs both sides CPU time.
  const headers = { 'accept-encoding': 'identity', ...options.headers }

  const handle = async (sitePath: string) => {
    const origin = origins[turn++ % origins.length]
    const response = await fetch(origin + encodeURI(decodeURI(sitePath)), { redirect: 'manual', headers })
    if (response.status !== 200) {
      result.failed.push({ path: sitePath, status: response.status })
      await response.arrayBuffer().catch(() => undefined)
      return
    }
    const type = response.headers.get('content-type') ?? ''
    const file = path.join(options.outDir, fileForPath(sitePath))
    await fs.mkdir(path.dirname(file), { recursive: true })
    if (type.includes('text/html')) {
      let html = await response.text()
      linksIn(html).forEach(enqueue)
      html = html.replace(
        /<meta name="gongkai-api" content="[^"]*"/,
        `<meta name="gongkai-api" content="${options.apiOrigin.replace(/"/g, '&quot;')}"`,
      )
      // The search page asks the export's own index (./staticSearch) instead of the API.
      html = html.replace('</head>', `${staticSearchMeta(sitePath)}</head>`)
      html = rewriteHtmlLinks(html, sitePath)
      await fs.writeFile(file, html)
      result.pages += 1
      result.bytes += html.length
    } else if (type.includes('xml') || type.startsWith('text/')) {
      const text = origins.reduce((body, from) => body.split(from).join(options.siteUrl), await response.text())
      // A sitemap names every page, whatever origin it was written with.
      for (const match of text.matchAll(/<loc>([^<]+)<\/loc>/g)) {
        enqueue(new URL(match[1].replace(/&amp;/g, '&'), options.siteUrl).pathname)
      }
      await fs.writeFile(file, text)
      result.files += 1
      result.bytes += text.length
    } else {
      const bytes = Buffer.from(await response.arrayBuffer())
      await fs.writeFile(file, bytes)
      result.files += 1
      result.bytes += bytes.length
    }
  }

  const workers = Array.from({ length: options.concurrency }, async () => {
    for (;;) {
      const next = queue.shift()
      if (next === undefined) {
        // Another worker may still be discovering links: wait until the queue is truly done.
        if (done === seen.size) return
        await new Promise((resolve) => setTimeout(resolve, 5))
        continue
      }
      try {
        await handle(next)
      } catch (error) {
        result.failed.push({ path: next, status: 0 })
        console.error(`export: ${next}: ${String(error)}`)
      }
      done += 1
      options.onProgress?.(done, seen.size)
    }
  })
  await Promise.all(workers)
  return result
}
