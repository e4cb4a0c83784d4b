import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Media, Notice } from '../../../../../../payload-types'
import { Breadcrumbs } from '../../../../../components/site/Breadcrumbs'
import { siteDate } from '../../../../../lib/site/format'
import { gazetteTitle, getGazetteIssue } from '../../../../../lib/site/gazette'
import { noticeHref } from '../../../../../lib/site/notices'

export const revalidate = 300
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ year: string; number: string }> }

async function load(params: Props['params']) {
  const { year, number } = await params
  if (!/^\d{4}$/.test(year) || !/^\d{1,3}$/.test(number)) return null
  return getGazetteIssue(Number(year), Number(number))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const issue = await load(params)
  return issue ? { title: `政府公报 ${gazetteTitle(issue)}` } : {}
}

export default async function GazetteIssuePage({ params }: Props) {
  const issue = await load(params)
  if (!issue) notFound()
  const pdf = typeof issue.pdf === 'object' ? (issue.pdf as Media | null) : null
  const cover = typeof issue.cover === 'object' ? (issue.cover as Media | null) : null
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: '政府公报', href: '/gazette' },
          { label: `${issue.year}年`, href: `/gazette/${issue.year}` },
          { label: gazetteTitle(issue) },
        ]}
      />
      <h1>
        {gazetteTitle(issue)}
        {issue.special && <span className="badge">专刊</span>}
      </h1>
      <p className="muted">
        {issue.year}年第{issue.number}期{issue.totalNumber ? ` · 总第${issue.totalNumber}期` : ''}
        {issue.publishedAt ? ` · 发布日期 ${siteDate(issue.publishedAt)}` : ''}
        {issue.printRun ? ` · 印数 ${issue.printRun} 份` : ''}
      </p>
      {issue.special && issue.specialSubject && <p>专刊主题：{issue.specialSubject}</p>}
      {cover?.url && (
        <img src={cover.sizes?.card?.url ?? cover.url} alt={cover.alt || `${gazetteTitle(issue)}封面`} width={300} />
      )}
      {pdf?.url && (
        <p>
          <a className="button" href={pdf.url}>
            下载PDF版（{Math.max(1, Math.round((pdf.filesize ?? 0) / 1024))} KB）
          </a>
        </p>
      )}
      <h2>目录</h2>
      {(issue.sections ?? []).map((section, index) => (
        <section key={section.id ?? index} aria-labelledby={`section-${index}`}>
          <h3 id={`section-${index}`}>{section.heading}</h3>
          <ul className="item-list">
            {(section.entries ?? []).map((entry, entryIndex) => {
              const notice = typeof entry.notice === 'object' ? (entry.notice as Notice | null) : null
              const title = notice?.title ?? entry.title ?? ''
              const documentNumber = notice?.documentNumber ?? entry.documentNumber
              return (
                <li key={entry.id ?? entryIndex}>
                  <span>
                    {notice ? <a href={noticeHref(notice)}>{title}</a> : title}
                    {documentNumber && <span className="muted">（{documentNumber}）</span>}
                  </span>
                  {entry.page ? <span className="muted">第{entry.page}页</span> : null}
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </>
  )
}
