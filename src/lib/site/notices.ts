import { cache } from 'react'
import type { Where } from 'payload'

import type { Notice } from '../../../payload-types'
import { sitePayload } from './payload'

export const noticeHref = (notice: Pick<Notice, 'id'>) => `/notices/${notice.id}`

export const noticeTypeNames: Record<Notice['type'], string> = {
  announcement: '公告',
  publicity: '公示',
  notification: '通知',
  normative: '行政规范性文件',
  personnel: '人事任免',
  other: '其他',
}

export const validityNames: Record<NonNullable<NonNullable<Notice['validity']>['status']>, string> = {
  'in-force': '有效',
  amended: '已修改',
  abolished: '已废止',
  expired: '已失效',
}

export const commentPeriodNames = { 'not-started': '未开始', open: '公示中', closed: '已结束' } as const

/** Public items in any of the columns, newest first. Always read as the public. */
export async function listNotices(options: {
  columnIds?: number[]
  page?: number
  limit?: number
  where?: Where
  depth?: number
}) {
  const payload = await sitePayload()
  const and: Where[] = []
  if (options.columnIds?.length) {
    and.push({ or: [{ primaryColumn: { in: options.columnIds } }, { columns: { in: options.columnIds } }] })
  }
  if (options.where) and.push(options.where)
  return payload.find({
    collection: 'notices',
    where: and.length ? { and } : undefined,
    sort: ['-publishedAt', '-id'],
    page: options.page ?? 1,
    limit: options.limit ?? 20,
    depth: options.depth ?? 0,
    overrideAccess: false,
    select: { title: true, publishedAt: true, type: true, primaryColumn: true, validity: true, summary: true },
  })
}

/** One public item, read once per render (the page and its metadata share it). */
export const getPublicNotice = cache(async (id: number): Promise<Notice | null> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'notices',
    where: { id: { equals: id } },
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    // The page shows names and titles of related documents; the plain-text copy of the body
    // (kept for search) is the largest field and is not shown.
    select: { bodyText: false },
    populate: { departments: { name: true }, 'topic-categories': { name: true }, notices: { title: true } },
  })
  return docs[0] ?? null
})
