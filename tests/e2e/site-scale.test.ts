import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startSite, type RunningSite } from '../helpers/server'
import { siteApi, type SiteApi } from '../helpers/siteApi'

/**
 * The parts of the public site that must hold at 150,000 items, on the production server with
 * the demo content: the sitemap index (with the per-file limit lowered so ~250 items span
 * several files) and column pages read by seek, deep pages included.
 */
const perFile = 40

let site: RunningSite
let api: SiteApi

beforeAll(async () => {
  // No job runner: the demo content's scheduled item would otherwise publish itself into a column
  // while a test walks it page by page (the copy of the seeded database holds an overdue schedule).
  site = await startSite({ SITEMAP_URLS_PER_FILE: String(perFile), JOBS_AUTORUN: 'false' })
  api = siteApi(site.url, site.password)
}, 240_000)
afterAll(async () => {
  await site?.stop()
})

const locsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)

/** The item ids a column page lists, in order, or null for a 404. */
async function pageIds(path: string): Promise<number[] | null> {
  const response = await fetch(site.url + path)
  const html = await response.text()
  if (response.status === 404) return null
  expect(`${path} ${response.status}`).toBe(`${path} 200`)
  const list = /<ul class="item-list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? ''
  return [...list.matchAll(/href="\/notices\/(\d+)"/g)].map((m) => Number(m[1]))
}

/** Every page of a column, page 1 first, until the page after the last answers 404. */
async function allPages(columnPath: string): Promise<number[][]> {
  const pages: number[][] = []
  for (let page = 1; page < 50; page += 1) {
    const ids = await pageIds(page === 1 ? `/columns/${columnPath}` : `/columns/${columnPath}/page/${page}`)
    if (ids === null) break
    pages.push(ids)
  }
  return pages
}

/** The column's public items, newest first, from the catalogue API (page and limit, as before). */
async function columnItems(columnPath: string): Promise<number[]> {
  const response = await fetch(`${site.url}/api/columns/items?path=${encodeURIComponent(columnPath)}&limit=100`)
  const body = (await response.json()) as { docs: { id: number }[]; totalDocs: number }
  expect(body.totalDocs).toBeLessThanOrEqual(100)
  return body.docs.map((doc) => doc.id)
}

const chunks = (ids: number[], size: number) =>
  Array.from({ length: Math.ceil(ids.length / size) }, (_, index) => ids.slice(index * size, (index + 1) * size))

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

let removedId: number

describe('column pages by seek', () => {
  it('lists every item of a column once, in order, over all its pages, and follows a removal', async () => {
    const expected = await columnItems('zwyw')
    expect(expected.length).toBeGreaterThan(40) // three pages or more at 20 a page
    const pages = await allPages('zwyw')
    expect(pages).toEqual(chunks(expected, 20))
    const last = pages.length
    // React separates adjacent text with <!-- --> in server-rendered HTML.
    const html = (await (await fetch(`${site.url}/columns/zwyw/page/${last}`)).text()).replaceAll('<!-- -->', '')
    expect(html).toContain(`第 ${last} / ${last} 页`)
    expect(await pageIds(`/columns/zwyw/page/${last + 1}`)).toBeNull()

    // Removing the newest item moves every later page's first item up one page: the page
    // starts are read again after the change, not kept.
    removedId = expected[0]
    const admin = await api.token('admin@example.com')
    const removed = await api.call('POST', `/notices/${removedId}/workflow/withdraw`, admin, {
      mode: 'removed',
      reason: '涉及个人隐私，撤销公开。',
    })
    expect(removed.status).toBe(200)
    const after = expected.slice(1)
    expect(await columnItems('zwyw')).toEqual(after)
    // Next.js answers the first request after a revalidation from the old copy while it renders
    // the page anew, so each page may take a second look.
    let pagesNow: number[][] = []
    await until(async () => {
      pagesNow = await allPages('zwyw')
      return JSON.stringify(pagesNow) === JSON.stringify(chunks(after, 20))
    }, 'every page shifting by one').catch(() => undefined)
    expect(pagesNow).toEqual(chunks(after, 20))
  }, 120_000)

  it('walks a column by nextCursor through the API, the same items as by page number', async () => {
    const byPage: number[] = []
    for (let page = 1; ; page += 1) {
      const body = await (await fetch(`${site.url}/api/columns/items?path=tzgg&limit=7&page=${page}`)).json()
      byPage.push(...body.docs.map((doc: { id: number }) => doc.id))
      if (!body.hasNextPage) break
    }
    expect(byPage.length).toBeGreaterThan(21)
    const byCursor: number[] = []
    let cursor: string | null = null
    for (let guard = 0; guard < 50; guard += 1) {
      const query: string = cursor ? `&after=${cursor}` : ''
      const body = await (await fetch(`${site.url}/api/columns/items?path=tzgg&limit=7${query}`)).json()
      byCursor.push(...body.docs.map((doc: { id: number }) => doc.id))
      cursor = body.nextCursor
      if (!cursor) break
    }
    expect(byCursor).toEqual(byPage)
    const bad = await fetch(`${site.url}/api/columns/items?path=tzgg&after=not-a-cursor`)
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toContain('nextCursor')
  }, 60_000)
})

describe('the sitemap index', () => {
  it('names files of at most the limit that hold every public item exactly once, and nothing else', async () => {
    const index = await (await fetch(`${site.url}/sitemap.xml`)).text()
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    const files = locsOf(index)
    expect(files[0]).toBe('/sitemaps/pages.xml')
    const itemFiles = files.slice(1)
    expect(itemFiles.length).toBeGreaterThanOrEqual(2)
    expect(itemFiles).toEqual(itemFiles.map((_, index) => `/sitemaps/notices-${index + 1}.xml`))

    const pages = locsOf(await (await fetch(site.url + files[0])).text())
    expect(pages).toContain('/')
    expect(pages.some((loc) => loc.startsWith('/columns/'))).toBe(true)
    expect(pages.some((loc) => /^\/gazette\/\d{4}\/\d+$/.test(loc))).toBe(true)

    const listed: number[] = []
    for (const file of itemFiles) {
      const response = await fetch(site.url + file)
      expect(response.headers.get('content-type')).toContain('application/xml')
      const locs = locsOf(await response.text())
      expect(locs.length).toBeLessThanOrEqual(perFile)
      for (const loc of locs) {
        expect(loc).toMatch(/^\/notices\/\d+$/)
        listed.push(Number(loc.split('/').pop()))
      }
    }
    expect(new Set(listed).size).toBe(listed.length)

    // Exactly the public items (published, 主动公开, not removed), as the public API lists them.
    const body = await (await fetch(`${site.url}/api/notices?limit=1000&depth=0&select[title]=true`)).json()
    const publicIds = (body.docs as { id: number }[]).map((doc) => doc.id)
    expect([...listed].sort((a, b) => a - b)).toEqual([...publicIds].sort((a, b) => a - b))

    const editor = await api.token('editor@example.com')
    const staffList = async (where: string) =>
      (await api.call('GET', `/notices?limit=100&depth=0&${where}`, editor)).body.docs.map(
        (doc: { id: number }) => doc.id,
      ) as number[]
    const hidden = [
      ...(await staffList('where[_status][equals]=draft')),
      ...(await staffList('where[disclosureMode][equals]=on-application')),
      removedId,
    ]
    expect(hidden.length).toBeGreaterThanOrEqual(3)
    expect(listed.filter((id) => hidden.includes(id))).toEqual([])

    expect((await fetch(`${site.url}/sitemaps/notices-${itemFiles.length + 1}.xml`)).status).toBe(404)
    expect((await fetch(`${site.url}/sitemaps/other.xml`)).status).toBe(404)
  }, 60_000)
})
