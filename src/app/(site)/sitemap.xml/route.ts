import { xmlHeaders } from '../../../lib/site/feeds'
import { publicOrigin } from '../../../lib/site/origin'
import { sitemapIndexXml } from '../../../lib/site/sitemap'

// Computed on request (a static path would be prerendered at build time, without a database).
export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  return new Response(await sitemapIndexXml(publicOrigin(request)), { headers: xmlHeaders('application/xml') })
}
