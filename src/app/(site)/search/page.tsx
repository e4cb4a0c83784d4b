import type { Metadata } from 'next'

import { Breadcrumbs } from '../../../components/site/Breadcrumbs'
import type { SearchNames } from '../../../components/site/SearchFilters'
import { SearchResults } from '../../../components/site/SearchResults'
import { allColumns } from '../../../lib/site/columns'
import { sharedPublicDocs } from '../../../lib/site/reference'
import { serverSearch } from '../../../lib/site/search'

// Rendered per request like any search page: the first answer comes with the page (no JavaScript
// needed); the static export, crawled without a query, asks its own index in the browser.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: '信息检索', robots: { index: false } }

const namesOf = (docs: { id: number; name: string }[]) =>
  Object.fromEntries(docs.map((doc) => [String(doc.id), doc.name]))

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  // The filters' names (the API's facets count ids); shared, small lists read as the public.
  const [departments, topics, columns, initial] = await Promise.all([
    sharedPublicDocs('departments', ['name']),
    sharedPublicDocs('topic-categories', ['name']),
    allColumns(),
    searchParams.then(serverSearch),
  ])
  const names: SearchNames = {
    department: namesOf(departments),
    topicCategory: namesOf(topics),
    column: namesOf(columns),
  }
  return (
    <>
      <Breadcrumbs trail={[{ label: '信息检索' }]} />
      <h1>信息检索</h1>
      <SearchResults names={names} initial={initial} />
    </>
  )
}
