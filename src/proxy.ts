import { NextResponse, type NextRequest } from 'next/server'

const cookieName = 'payload-lng'

/**
 * The admin speaks Simplified Chinese unless a user picks English in their account
 * settings. Payload would otherwise follow the browser's Accept-Language, and an office PC
 * with an English browser would get an English admin.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(cookieName)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const existing = headers.get('cookie')
  headers.set('cookie', `${existing ? `${existing}; ` : ''}${cookieName}=zh`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(cookieName, 'zh', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
