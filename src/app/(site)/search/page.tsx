import type { Metadata } from 'next'

import { Breadcrumbs } from '../../../components/site/Breadcrumbs'
import { SearchResults } from '../../../components/site/SearchResults'

// A shell for the results, which the browser asks for; rendered per request like any search page.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: '信息检索', robots: { index: false } }

export default function SearchPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: '信息检索' }]} />
      <h1>信息检索</h1>
      <form action="/search" method="get" role="search" className="search-form">
        <label htmlFor="search-q" className="visually-hidden">
          检索关键词
        </label>
        <input id="search-q" name="q" type="search" placeholder="标题、文号或正文关键词" maxLength={50} />
        <button className="button" type="submit">
          检索
        </button>
      </form>
      <SearchResults />
    </>
  )
}
