import { collectionTag, tagPage } from '../invalidation'
import { allColumns, columnHref } from './columns'
import { gazetteHref, listGazetteIssues } from './gazette'
import { noticeHref } from './notices'
import { sitePayload } from './payload'

const escapeXml = (value: string) =>
  value.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)

/** Every public page with its last change; items are read as the public (published, 主动公开 only). */
export async function sitemapXml(origin: string): Promise<string> {
  // Dynamic today; tagged so that a cached sitemap would drop with the notices it lists.
  await tagPage(collectionTag('notices'))
  const payload = await sitePayload()
  const { docs: notices } = await payload.find({
    collection: 'notices',
    limit: 0,
    depth: 0,
    sort: '-publishedAt',
    overrideAccess: false,
    select: { updatedAt: true },
  })
  const columns = await allColumns()
  const issues = await listGazetteIssues()
  const entries: { loc: string; lastmod?: string }[] = [
    { loc: '/', lastmod: notices[0]?.updatedAt },
    { loc: '/gazette' },
    { loc: '/guide' },
    { loc: '/mailboxes' },
    ...columns.map((column) => ({ loc: columnHref(column), lastmod: column.updatedAt })),
    ...issues.map((issue) => ({ loc: gazetteHref(issue), lastmod: issue.publishedAt ?? undefined })),
    ...notices.map((notice) => ({ loc: noticeHref(notice), lastmod: notice.updatedAt })),
  ]
  const body = entries
    .map(
      ({ loc, lastmod }) =>
        `<url><loc>${escapeXml(origin + loc)}</loc>${lastmod ? `<lastmod>${new Date(lastmod).toISOString()}</lastmod>` : ''}</url>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`
}
