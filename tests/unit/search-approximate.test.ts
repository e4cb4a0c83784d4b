import { describe, expect, it } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { SearchResults, type InitialSearch } from '../../src/components/site/SearchResults'

/**
 * The search page's display of a capped count (site-search `countCap`): an estimated total reads
 * "约 N", facet counts read "≥ n" and the values not counted stay selectable; an exact answer
 * shows plain numbers. Rendered as the server renders the page's first answer.
 */
const names = {
  department: { '1': '区规划局', '2': '区水务局' },
  topicCategory: {},
  column: { '7': '行政审批' },
}

function render(approximate: boolean) {
  const initial: InitialSearch = {
    key: '/search?q=%E5%AE%A1%E6%89%B9',
    params: { q: '审批' },
    error: '',
    result: {
      docs: [],
      totalDocs: approximate ? 152340 : 3,
      approximate,
      nextCursor: null,
      facets: { department: { '1': approximate ? 8123 : 3 }, column: { '7': approximate ? 10000 : 3 } },
    },
  }
  return renderToStaticMarkup(createElement(SearchResults, { names, initial }))
}

describe('search page counts', () => {
  it('marks an estimated total and lower-bound facet counts, and keeps uncounted values', () => {
    const html = render(true)
    expect(html).toMatch(/约找到.*约 152,340/)
    expect(html).toContain('data-approximate="true"')
    expect(html).toContain('区规划局（≥8123）')
    expect(html).toMatch(/<option value="2">区水务局<\/option>/)
    expect(html).not.toContain('共找到')
  })

  it('shows exact counts plainly', () => {
    const html = render(false)
    expect(html).toMatch(/共找到.*>3</)
    expect(html).toContain('区规划局（3）')
    expect(html).not.toContain('≥')
    expect(html).not.toContain('区水务局')
  })
})
