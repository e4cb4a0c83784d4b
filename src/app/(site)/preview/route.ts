import { draftMode } from 'next/headers'

import { sitePayload } from '../../../lib/site/payload'

export const dynamic = 'force-dynamic'

/**
 * `GET /preview?on=1` (signed-in staff only): this browser bypasses the page cache and sees
 * every page freshly rendered, e.g. to check a change at once. Pages still read as the
 * public, so drafts stay invisible. `GET /preview?off=1` returns to cached pages.
 */
export async function GET(request: Request) {
  const payload = await sitePayload()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('请先登录管理后台 (sign in to the admin first)', { status: 401 })
  const mode = await draftMode()
  const off = new URL(request.url).searchParams.has('off')
  if (off) mode.disable()
  else mode.enable()
  return Response.json({ cacheBypass: !off })
}
