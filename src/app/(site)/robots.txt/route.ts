import { publicOrigin } from '../../../lib/site/origin'

export const dynamic = 'force-dynamic'

export function GET(request: Request) {
  const body = `User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/\nDisallow: /search\n\nSitemap: ${publicOrigin(request)}/sitemap.xml\n`
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
