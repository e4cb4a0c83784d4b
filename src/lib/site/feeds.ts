import { Feed } from 'feed'

import type { Column } from '../../../payload-types'
import { columnHref, descendantIds } from './columns'
import { siteName } from './format'
import { listNotices, noticeHref } from './notices'

/** RSS 2.0 of the newest public items of a column (with its descendants) or of the whole site. */
export async function rssFeed(origin: string, column?: Column): Promise<string> {
  const columnIds = column ? await descendantIds(column) : undefined
  const { docs } = await listNotices({ columnIds, limit: 50 })
  const title = column ? `${column.name} - ${siteName()}` : siteName()
  const link = `${origin}${column ? columnHref(column) : '/'}`
  const feed = new Feed({
    id: link,
    title,
    link,
    language: 'zh-CN',
    description: column?.description ?? `${siteName()}最新发布的信息`,
    copyright: siteName(),
    generator: 'Gongkai',
    updated: docs[0]?.publishedAt ? new Date(docs[0].publishedAt) : undefined,
    feedLinks: { rss: `${origin}${column ? `/feeds/${column.path}.xml` : '/feed.xml'}` },
  })
  for (const notice of docs) {
    feed.addItem({
      title: notice.title,
      id: `${origin}${noticeHref(notice)}`,
      link: `${origin}${noticeHref(notice)}`,
      date: new Date(notice.publishedAt ?? Date.now()),
      description: notice.summary ?? undefined,
    })
  }
  return feed.rss2()
}

export const xmlHeaders = (type: string) => ({
  'content-type': `${type}; charset=utf-8`,
  'cache-control': 'public, max-age=0, must-revalidate',
})
