import { describe, expect, it } from '@jest/globals'

import { marksOnly } from '../../src/components/site/staticSearch'
import { staticSearchMeta } from '../../src/lib/export/staticSearch'

describe('static export search', () => {
  it("keeps only Pagefind's <mark> elements as markup", () => {
    expect(marksOnly('关于<mark>征地</mark>的&lt;b&gt;公告')).toBe('关于<mark>征地</mark>的&lt;b&gt;公告')
    expect(marksOnly('<img src=x onerror=alert(1)><mark>x</mark>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;<mark>x</mark>',
    )
  })

  it('names the index relative to the page file', () => {
    expect(staticSearchMeta('/')).toBe('<meta name="gongkai-static-search" content="pagefind/">')
    expect(staticSearchMeta('/search')).toBe('<meta name="gongkai-static-search" content="../pagefind/">')
    expect(staticSearchMeta('/columns/a/b/page/2')).toBe(
      '<meta name="gongkai-static-search" content="../../../../../pagefind/">',
    )
  })
})
