import { columnByPath } from '../../../../lib/site/columns'
import { rssFeed, xmlHeaders } from '../../../../lib/site/feeds'
import { publicOrigin } from '../../../../lib/site/origin'

// Computed per request: links are absolute, from SITE_URL or else the request's own origin.
export const dynamic = 'force-dynamic'

/** `/feeds/all.xml` (also `/feed.xml`) and `/feeds/<column path>.xml`. */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const joined = (await params).path.map(decodeURIComponent).join('/')
  if (!joined.endsWith('.xml')) return new Response('Not found', { status: 404 })
  const path = joined.slice(0, -'.xml'.length)
  if (path === 'all')
    return new Response(await rssFeed(publicOrigin(request)), { headers: xmlHeaders('application/rss+xml') })
  const column = await columnByPath(path)
  if (!column) return new Response('Not found', { status: 404 })
  return new Response(await rssFeed(publicOrigin(request), column), { headers: xmlHeaders('application/rss+xml') })
}
