import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { ColumnTree } from '../../../../components/site/ColumnTree'
import { HitBeacon } from '../../../../components/site/HitBeacon'
import { NoticeList } from '../../../../components/site/NoticeList'
import { Pagination } from '../../../../components/site/Pagination'
import { pageTags } from '../../../../lib/site/pageTags'
import { columnByPath, columnHref, columnTrail, columnTree, descendantIds } from '../../../../lib/site/columns'
import { siteDate } from '../../../../lib/site/format'
import { listNoticePage } from '../../../../lib/site/notices'
import { splitPagePath } from '../../../../lib/site/pagePath'

// Rendered on first request, then served from the cache until a publish revalidates it;
// the timed revalidation is only a safety net (other instances, scheduled jobs).
export const revalidate = 300
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

const perPage = 20

type Props = { params: Promise<{ path: string[] }> }

async function load(params: Props['params']) {
  return loadPage((await params).path.join('/'))
}

/** Shared by the page and its metadata within one render (React `cache` keys on the string). */
const loadPage = cache(async (joined: string) => {
  const parsed = splitPagePath(joined.split('/'))
  if (!parsed) return null
  const column = await columnByPath(parsed.path)
  if (!column) return null
  const ids = column.includeDescendants ? await descendantIds(column) : [column.id]
  const list = await listNoticePage({ columnIds: ids, page: parsed.page, perPage })
  if (parsed.page > 1 && parsed.page > list.totalPages) return null
  return { column, page: parsed.page, list }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params)
  if (!data) return {}
  const kinds: Record<string, string> = {
    news: '动态要闻',
    notices: '通知公告',
    policy: '政策文件',
    guide: '公开指南',
    topical: '专题专栏',
  }
  return {
    title: data.page > 1 ? `${data.column.name}（第${data.page}页）` : data.column.name,
    description: data.column.description || `${data.column.name}栏目`,
    alternates: { types: { 'application/rss+xml': `/feeds/${data.column.path}.xml` } },
    other: await pageTags({
      ColumnName: data.column.name,
      ColumnDescription: data.column.description,
      ColumnType: kinds[data.column.kind ?? ''] ?? '栏目',
    }),
  }
}

export default async function ColumnPage({ params }: Props) {
  const data = await load(params)
  if (!data) notFound()
  const { column, page, list } = data
  const trail = await columnTrail(column)
  const roots = await columnTree()
  const root = roots.find((node) => node.id === trail[0].id)
  return (
    <>
      <Breadcrumbs trail={trail.map((item) => ({ label: item.name, href: columnHref(item) }))} />
      <div className="layout-2col">
        <ColumnTree roots={root ? [root] : roots} current={column.id} />
        <section aria-labelledby="column-title">
          <h1 id="column-title">
            {column.name}
            {column.archived && <span className="badge">已归档</span>}
          </h1>
          {column.archived && (
            <p className="banner" role="note">
              本专题已于 {siteDate(column.topical?.endsOn)} 结束，内容保留供查阅。
            </p>
          )}
          {column.description && <p className="muted">{column.description}</p>}
          <NoticeList notices={list.docs} empty="本栏目暂无信息" />
          <Pagination base={columnHref(column)} page={page} totalPages={list.totalPages} />
          <p>
            <a href={`/feeds/${column.path}.xml`}>订阅本栏目（RSS）</a>
          </p>
        </section>
      </div>
      <HitBeacon column={column.id} />
    </>
  )
}
