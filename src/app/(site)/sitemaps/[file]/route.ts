import { xmlHeaders } from '../../../../lib/site/feeds'
import { publicOrigin } from '../../../../lib/site/origin'
import {
  noticesFileNumber,
  noticesSitemapStream,
  pagesSitemapXml,
  sitemapFileExists,
} from '../../../../lib/site/sitemap'

// Computed on request, like /sitemap.xml.
export const dynamic = 'force-dynamic'

/** `/sitemaps/pages.xml` and `/sitemaps/notices-N.xml`, the files named by the sitemap index. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const headers = xmlHeaders('application/xml')
  if (file === 'pages.xml') return new Response(await pagesSitemapXml(publicOrigin(request)), { headers })
  const number = noticesFileNumber(file)
  if (number === null || !(await sitemapFileExists(number))) {
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  }
  return new Response(noticesSitemapStream(publicOrigin(request), number), { headers })
}
