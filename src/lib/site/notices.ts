import { cache } from 'react'
import type { Where } from 'payload'

import type { Media, Notice } from '../../../payload-types'
import { collectionTag, itemTag, tagPage } from '../invalidation'
import { publicColumnsById } from './columns'
import { publicDepartmentsById, publicTopicCategoriesById } from './reference'
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
  // Any change to any notice may change a list.
  await tagPage(collectionTag('notices'))
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

/**
 * One public item, read once per render (the page and its metadata share it), with the
 * related documents the page shows filled in. Departments, topic categories and columns come
 * from the shared reference data, so an item costs one query, plus one for attachments and
 * one for a replacing document when it has them; Payload's depth-1 population ran a query
 * per related collection for every page.
 */
export const getPublicNotice = cache(async (id: number): Promise<Notice | null> => {
  // Only a change to this notice (or to the names it shows, tagged by their loaders).
  await tagPage(itemTag('notices', id))
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'notices',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    // The plain-text copy of the body (kept for search) is the largest field and is not shown.
    select: { bodyText: false },
  })
  const notice = docs[0]
  if (!notice) return null
  const [columns, departments, topics, attachments, replacedBy] = await Promise.all([
    publicColumnsById(),
    publicDepartmentsById(),
    publicTopicCategoriesById(),
    publicMedia(notice.attachments ?? []),
    notice.validity?.replacedBy ? publicNoticeTitle(notice.validity.replacedBy) : undefined,
  ])
  const column = columns.get(idOf(notice.primaryColumn))
  const department = departments.get(idOf(notice.department))
  const topic = notice.topicCategory ? topics.get(idOf(notice.topicCategory)) : undefined
  return {
    ...notice,
    primaryColumn: column ?? notice.primaryColumn,
    department: department ?? notice.department,
    topicCategory: topic ?? notice.topicCategory,
    attachments,
    validity: notice.validity && { ...notice.validity, replacedBy: replacedBy ?? notice.validity.replacedBy },
  }
})

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

async function publicMedia(values: NonNullable<Notice['attachments']>): Promise<Media[]> {
  const ids = values.map(idOf)
  if (!ids.length) return []
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: false,
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  return ids.flatMap((mediaId) => byId.get(mediaId) ?? [])
}

async function publicNoticeTitle(value: number | Notice): Promise<Notice | undefined> {
  await tagPage(itemTag('notices', idOf(value)))
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'notices',
    where: { id: { equals: idOf(value) } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    select: { title: true },
  })
  return docs[0] as Notice | undefined
}
