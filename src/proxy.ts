import { NextResponse, type NextRequest } from 'next/server'

import { isRemoved } from './lib/site/removedItems'

const languageCookie = 'payload-lng'

/**
 * The admin speaks Simplified Chinese unless a user picks English in their account
 * settings. Payload would otherwise follow the browser's Accept-Language, and an office PC
 * with an English browser would get an English admin.
 */
function chineseAdmin(request: NextRequest) {
  if (request.cookies.has(languageCookie)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const existing = headers.get('cookie')
  headers.set('cookie', `${existing ? `${existing}; ` : ''}${languageCookie}=zh`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(languageCookie, 'zh', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

const goneHtml = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>信息已撤销</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.7"><main><h1>信息已撤销</h1><p>您访问的信息已由发布机关撤销，不再公开。</p><p><a href="/">返回首页</a></p></main></body></html>`

/** Removed items answer 410 Gone (a page cannot set that status itself). */
function goneItems(request: NextRequest) {
  const match = /^\/notices\/(\d+)\/?$/.exec(request.nextUrl.pathname)
  if (match && isRemoved('notices', match[1])) {
    return new NextResponse(goneHtml, {
      status: 410,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  return NextResponse.next()
}

export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/admin')) return chineseAdmin(request)
  return goneItems(request)
}

export const config = { matcher: ['/admin/:path*', '/notices/:id'] }
