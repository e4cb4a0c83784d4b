import { notFound } from 'next/navigation'

import { NoticeList } from '../../../../components/site/NoticeList'
import { allColumns, columnHref } from '../../../../lib/site/columns'
import { siteName } from '../../../../lib/site/format'
import { gazetteHref, gazetteTitle, listGazetteIssues } from '../../../../lib/site/gazette'
import { descendantIds } from '../../../../lib/site/columns'
import { listNotices } from '../../../../lib/site/notices'

// `/` is rewritten here (next.config.ts) so that the home page, like every other page, is
// rendered on first request and cached, instead of being prerendered at build time.
export const revalidate = 300
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

export default async function HomePage({ params }: { params: Promise<{ v: string }> }) {
  if ((await params).v !== 'index') notFound()
  const columns = await allColumns()
  // The top-level column of a kind (政务要闻, 通知公告), not one of its sub-columns.
  const topOfKind = (kind: string) =>
    columns.find((column) => column.kind === kind && !column.parent) ?? columns.find((column) => column.kind === kind)
  const newsColumn = topOfKind('news')
  const noticesColumn = topOfKind('notices')
  const topical = columns.filter((column) => column.kind === 'topical' && !column.hiddenFromNav)
  const [news, notices, issues] = await Promise.all([
    newsColumn ? listNotices({ columnIds: await descendantIds(newsColumn), limit: 8 }) : null,
    noticesColumn ? listNotices({ columnIds: await descendantIds(noticesColumn), limit: 8 }) : null,
    listGazetteIssues(),
  ])
  const latestIssue = issues[0]
  return (
    <>
      <h1 className="visually-hidden">{siteName()}</h1>
      <div className="grid">
        <section className="panel" aria-labelledby="home-news">
          <h2 id="home-news">
            {newsColumn?.name ?? '政务要闻'}
            {newsColumn && <a href={columnHref(newsColumn)}>更多</a>}
          </h2>
          <NoticeList notices={news?.docs ?? []} />
        </section>
        <section className="panel" aria-labelledby="home-notices">
          <h2 id="home-notices">
            {noticesColumn?.name ?? '通知公告'}
            {noticesColumn && <a href={columnHref(noticesColumn)}>更多</a>}
          </h2>
          <NoticeList notices={notices?.docs ?? []} />
        </section>
        <section className="panel" aria-labelledby="home-topics">
          <h2 id="home-topics">专题专栏</h2>
          <ul className="item-list">
            {topical.map((column) => (
              <li key={column.id}>
                <a href={columnHref(column)}>{column.name}</a>
                {column.archived && <span className="badge">已归档</span>}
              </li>
            ))}
          </ul>
        </section>
        <section className="panel" aria-labelledby="home-gazette">
          <h2 id="home-gazette">
            政府公报 <a href="/gazette">往期</a>
          </h2>
          {latestIssue ? (
            <p>
              <a href={gazetteHref(latestIssue)}>{gazetteTitle(latestIssue)}</a>
              {latestIssue.totalNumber && <span className="muted">（总第{latestIssue.totalNumber}期）</span>}
              {latestIssue.special && <span className="badge">专刊</span>}
            </p>
          ) : (
            <p className="muted">暂无公报</p>
          )}
        </section>
        <section className="panel" aria-labelledby="home-mailbox">
          <h2 id="home-mailbox">领导信箱</h2>
          <p>书记信箱、区长信箱、纪委书记信箱：您的意见建议，我们认真办理、按时答复。</p>
          <p>
            <a className="button" href="/mailboxes">
              我要写信
            </a>{' '}
            <a className="button" href="/mailboxes/track">
              查询办理结果
            </a>
          </p>
        </section>
        <section className="panel" aria-labelledby="home-search">
          <h2 id="home-search">信息检索</h2>
          <form action="/search" method="get" role="search" className="search-form">
            <label htmlFor="home-q" className="visually-hidden">
              检索关键词
            </label>
            <input id="home-q" name="q" type="search" placeholder="标题、文号或正文关键词" />
            <button className="button" type="submit">
              检索
            </button>
          </form>
          <p>
            <a href="/guide">政府信息公开指南</a>
          </p>
        </section>
      </div>
    </>
  )
}
