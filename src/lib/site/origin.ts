/** The public address used in feeds and the sitemap: SITE_URL, else the request's own origin. */
export function publicOrigin(request: Request): string {
  const configured = process.env.SITE_URL?.replace(/\/+$/, '')
  if (configured) return configured
  return new URL(request.url).origin
}
