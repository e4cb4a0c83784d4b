import { cache } from 'react'
import type { Where } from 'payload'

import { commentPeriodLabels, noticeTypeLabels, validityLabels } from '../../../plugins/disclosure-catalogue/types'
import type { Media, Notice } from '../../../payload-types'
import { collectionTag, itemTag, taggedLoad, tagPage } from '../invalidation'
import { publicColumnsById } from './columns'
import { publicDepartmentsById, publicTopicCategoriesById } from './reference'
import { sitePayload } from './payload'

export const noticeHref = (notice: Pick<Notice, 'id'>) => `/notices/${notice.id}`

const chinese = <K extends string>(labels: Record<K, { zh: string }>) =>
  Object.fromEntries(Object.entries<{ zh: string }>(labels).map(([key, label]) => [key, label.zh])) as Record<K, string>

// The public site is in Chinese: the catalogue's own labels, not copies.
export const noticeTypeNames: Record<Notice['type'], string> = chinese(noticeTypeLabels)

export const validityNames: Record<NonNullable<NonNullable<Notice['validity']>['status']>, string> = chinese(
  validityLabels,
)

export const commentPeriodNames = chinese(commentPeriodLabels)

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
// Only a change to this notice (or to the names it shows, tagged by their loaders).
export const getPublicNotice = taggedLoad(
  (id: number) => [itemTag('notices', id)],
  cache(async (id: number): Promise<Notice | null> => {
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
  }),
)

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
