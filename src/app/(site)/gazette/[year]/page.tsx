import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { gazetteHref, gazetteTitle, listGazetteIssues } from '../../../../lib/site/gazette'

// `/gazette` is rewritten to `/gazette/all` (next.config.ts).
export const revalidate = 300
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

export const metadata: Metadata = { title: '政府公报' }

type Props = { params: Promise<{ year: string }> }

export default async function GazetteIndex({ params }: Props) {
  const { year } = await params
  if (year !== 'all' && !/^(19|20)\d\d$/.test(year)) notFound()
  const issues = await listGazetteIssues(year === 'all' ? undefined : Number(year))
  if (year !== 'all' && !issues.length) notFound()
  const years = [...new Set(issues.map((issue) => issue.year))]
  return (
    <>
      <Breadcrumbs
        trail={[{ label: '政府公报', href: '/gazette' }, ...(year === 'all' ? [] : [{ label: `${year}年` }])]}
      />
      <h1>政府公报{year === 'all' ? '' : `（${year}年）`}</h1>
      {!issues.length && <p className="muted">暂无公报</p>}
      {years.map((y) => (
        <section key={y} aria-labelledby={`year-${y}`} className="panel" style={{ marginBottom: '1rem' }}>
          <h2 id={`year-${y}`}>
            <a href={`/gazette/${y}`}>{y}年</a>
          </h2>
          <ul className="item-list">
            {issues
              .filter((issue) => issue.year === y)
              .map((issue) => (
                <li key={issue.id}>
                  <a href={gazetteHref(issue)}>
                    {gazetteTitle(issue)}
                    {issue.special && <span className="badge">专刊</span>}
                  </a>
                  <span className="muted">{issue.totalNumber ? `总第${issue.totalNumber}期` : ''}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  )
}
