import { expect, it } from '@jest/globals'

import { fileForPath, linksIn, relativeLink, rewriteHtmlLinks } from '../../src/lib/export/relativeLinks'

it('maps site paths to the files of the export', () => {
  expect(fileForPath('/')).toBe('index.html')
  expect(fileForPath('/columns/zwgk/tzgg')).toBe('columns/zwgk/tzgg/index.html')
  expect(fileForPath('/columns/zwgk/tzgg/')).toBe('columns/zwgk/tzgg/index.html')
  expect(fileForPath('/feed.xml')).toBe('feed.xml')
  expect(fileForPath('/api/media/file/%E5%85%AC%E5%91%8A.pdf')).toBe('api/media/file/公告.pdf')
})

it('makes links relative to the page that holds them', () => {
  expect(relativeLink('/', '/notices/3')).toBe('notices/3/index.html')
  expect(relativeLink('/notices/3', '/')).toBe('../../index.html')
  expect(relativeLink('/columns/a/b/page/2', '/columns/a/b')).toBe('../../index.html')
  expect(relativeLink('/notices/3', '/_next/static/x.js')).toBe('../../_next/static/x.js')
  expect(relativeLink('/search', '/search?q=1')).toBe('index.html?q=1')
})

it('rewrites href, src and action but leaves other hosts and protocol-relative URLs alone', () => {
  const html =
    '<a href="/notices/1">a</a><img src="/api/media/file/x.png"><a href="https://gov.cn/">b</a><a href="//cdn/x">c</a><form action="/search">'
  const out = rewriteHtmlLinks(html, '/columns/a')
  expect(out).toContain('href="../../notices/1/index.html"')
  expect(out).toContain('src="../../api/media/file/x.png"')
  expect(out).toContain('href="https://gov.cn/"')
  expect(out).toContain('href="//cdn/x"')
  expect(out).toContain('action="../../search/index.html"')
  expect(linksIn(html)).toEqual(['/notices/1', '/api/media/file/x.png', '/search'])
})

it('leaves the scripts under /_next/ root-relative, which Turbopack needs to register them', () => {
  const out = rewriteHtmlLinks(
    '<script src="/_next/static/chunks/a.js" async=""></script><link rel="stylesheet" href="/_next/static/chunks/b.css"/>',
    '/notices/3',
  )
  expect(out).toContain('<script src="/_next/static/chunks/a.js"')
  expect(out).toContain('href="../../_next/static/chunks/b.css"')
})
