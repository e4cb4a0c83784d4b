import type { Where } from 'payload'

import { publicReadRule } from '../../../plugins/disclosure-catalogue/lib/seek'
import { collectionTag, tagPage } from '../invalidation'
import { allColumns, columnHref } from './columns'
import { gazetteHref, listGazetteIssues } from './gazette'
import { noticeHref } from './notices'
import { sitePayload } from './payload'

/**
 * The sitemap as a sitemap index (sitemaps.org): `/sitemap.xml` names `/sitemaps/pages.xml`
 * (home, fixed pages, columns, gazette issues) and one `/sitemaps/notices-N.xml` per block of
 * item ids. File N holds the public items whose id lies in ((N-1)·L, N·L] for L URLs per file
 * (the protocol's 50,000 by default; SITEMAP_URLS_PER_FILE lowers it), so no file can exceed
 * the limit, a file is found without counting or OFFSET, and an item stays in the same file
 * for life (crawlers re-read only files whose items changed). Files are read by id in batches
 * and streamed: the sitemap never holds all items in memory.
 */

const protocolLimit = 50_000
const batchSize = 10_000

export function urlsPerFile(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.SITEMAP_URLS_PER_FILE)
  return Number.isInteger(asked) && asked >= 1 && asked <= protocolLimit ? asked : protocolLimit
}

const escapeXml = (value: string) =>
  value.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)

type Entry = { loc: string; lastmod?: string | null }

const urlXml = (origin: string, { loc, lastmod }: Entry) =>
  `<url><loc>${escapeXml(origin + loc)}</loc>${lastmod ? `<lastmod>${new Date(lastmod).toISOString()}</lastmod>` : ''}</url>\n`

const urlsetOpen =
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
const urlsetClose = '</urlset>\n'

/** The newest public item (for the home page's lastmod) and the highest public id. */
async function publicNoticeBounds(): Promise<{ newest?: string; maxId: number }> {
  const payload = await sitePayload()
  const read = async (sort: string) =>
    (
      await payload.find({
        collection: 'notices',
        sort,
        limit: 1,
        pagination: false,
        depth: 0,
        overrideAccess: false,
        select: { updatedAt: true },
      })
    ).docs[0]
  const [newest, highest] = await Promise.all([read('-publishedAt'), read('-id')])
  return { newest: newest?.updatedAt, maxId: Number(highest?.id ?? 0) }
}

const noticeFileCount = async () => Math.ceil((await publicNoticeBounds()).maxId / urlsPerFile())

/** Whether the index names `notices-N.xml`. */
export async function sitemapFileExists(file: number): Promise<boolean> {
  return file <= (await noticeFileCount())
}

/** `/sitemap.xml`: the index of the sitemap files. */
export async function sitemapIndexXml(origin: string): Promise<string> {
  await tagPage(collectionTag('notices'))
  const files = ['/sitemaps/pages.xml']
  const count = await noticeFileCount()
  for (let file = 1; file <= count; file += 1) files.push(`/sitemaps/notices-${file}.xml`)
  const body = files.map((loc) => `<sitemap><loc>${escapeXml(origin + loc)}</loc></sitemap>\n`).join('')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}</sitemapindex>\n`
}

/** `/sitemaps/pages.xml`: every public page that is not an item (a few hundred at most). */
export async function pagesSitemapXml(origin: string): Promise<string> {
  await tagPage(collectionTag('notices'))
  const [{ newest }, columns, issues] = await Promise.all([publicNoticeBounds(), allColumns(), listGazetteIssues()])
  const entries: Entry[] = [
    { loc: '/', lastmod: newest },
    { loc: '/gazette' },
    { loc: '/guide' },
    { loc: '/mailboxes' },
    ...columns.map((column) => ({ loc: columnHref(column), lastmod: column.updatedAt })),
    ...issues.map((issue) => ({ loc: gazetteHref(issue), lastmod: issue.publishedAt })),
  ]
  return urlsetOpen + entries.map((entry) => urlXml(origin, entry)).join('') + urlsetClose
}

/** `notices-3.xml` → 3; anything else → null. */
export function noticesFileNumber(name: string): number | null {
  const match = /^notices-([1-9]\d{0,6})\.xml$/.exec(name)
  return match ? Number(match[1]) : null
}

/**
 * `/sitemaps/notices-N.xml`, streamed: the public items of file N, read as the public
 * (published, 主动公开, neither withdrawn nor removed) by id in batches of 10,000 (keyset).
 */
export function noticesSitemapStream(origin: string, file: number): ReadableStream<Uint8Array> {
  const perFile = urlsPerFile()
  const last = file * perFile
  let after = (file - 1) * perFile
  let opened = false
  let done = false
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!opened) {
        opened = true
        controller.enqueue(encoder.encode(urlsetOpen))
        return
      }
      if (done) return
      const payload = await sitePayload()
      // Through the database adapter (ids and dates only, no read hooks run per row) with the
      // collection's own public read rule: through payload.find, 80,000 URLs took 104 s.
      const rule = await publicReadRule(payload, 'notices')
      if (rule === false) {
        done = true
        controller.enqueue(encoder.encode(urlsetClose))
        controller.close()
        return
      }
      const range: Where = { and: [{ id: { greater_than: after } }, { id: { less_than_equal: last } }] }
      const { docs } = (await payload.db.find({
        collection: 'notices',
        where: rule === true ? range : { and: [range, rule] },
        sort: 'id',
        limit: batchSize,
        pagination: false,
        select: { updatedAt: true },
      })) as { docs: { id: number; updatedAt: string }[] }
      if (docs.length) {
        after = Number(docs[docs.length - 1].id)
        controller.enqueue(
          encoder.encode(docs.map((doc) => urlXml(origin, { loc: noticeHref(doc), lastmod: doc.updatedAt })).join('')),
        )
      }
      if (docs.length < batchSize) {
        done = true
        controller.enqueue(encoder.encode(urlsetClose))
        controller.close()
      }
    },
  })
}
