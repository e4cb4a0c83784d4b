import { cache } from 'react'
import type { Where } from 'payload'

import { seekColumnPage } from '../../../plugins/disclosure-catalogue/lib/columnSeek'
import { pageStarts, seekPage } from '../../../plugins/disclosure-catalogue/lib/seek'
import { commentPeriodLabels, noticeTypeLabels, validityLabels } from '../../../plugins/disclosure-catalogue/types'
import type { Media, Notice } from '../../../payload-types'
import { collectionTag, columnListTags, itemTag, taggedLoad, tagPage } from '../invalidation'
import { publicColumnsById } from './columns'
import { publicDepartmentsById, publicTopicCategoriesById } from './reference'
import { sitePayload } from './payload'
import { sharedData } from './sharedData'

export const noticeHref = (notice: Pick<Notice, 'id'>) => `/notices/${notice.id}`

const chinese = <K extends string>(labels: Record<K, { zh: string }>) =>
  Object.fromEntries(Object.entries<{ zh: string }>(labels).map(([key, label]) => [key, label.zh])) as Record<K, string>

// The public site is in Chinese: the catalogue's own labels, not copies.
export const noticeTypeNames: Record<Notice['type'], string> = chinese(noticeTypeLabels)

export const validityNames: Record<NonNullable<NonNullable<Notice['validity']>['status']>, string> = chinese(
  validityLabels,
)

export const commentPeriodNames = chinese(commentPeriodLabels)

const listSelect = { title: true, publishedAt: true, type: true, primaryColumn: true, validity: true, summary: true }

const listTags = (columnIds?: number[]) =>
  columnIds?.length ? columnListTags('notices', columnIds) : [collectionTag('notices')]

const inColumns = (columnIds?: number[]): Where | undefined =>
  columnIds?.length ? { or: [{ primaryColumn: { in: columnIds } }, { columns: { in: columnIds } }] } : undefined

/** The newest public items in any of the columns (home blocks, feeds). Always read as the public. */
export async function listNotices(options: { columnIds?: number[]; limit?: number; where?: Where }) {
  // A list of some columns changes with their items; the site-wide list with any item.
  await tagPage(...listTags(options.columnIds))
  const payload = await sitePayload()
  const and = [inColumns(options.columnIds), options.where].filter((part): part is Where => Boolean(part))
  const { docs } = await seekPage<
    Pick<Notice, 'id' | 'title' | 'publishedAt' | 'type' | 'primaryColumn' | 'validity' | 'summary'>
  >(payload, {
    collection: 'notices',
    where: and.length ? { and } : undefined,
    limit: options.limit ?? 20,
    select: listSelect,
  })
  return { docs }
}

/**
 * How long page starts are trusted without a change seen here. Stale starts cannot show a
 * wrong item (the rows are read fresh by seek), only shift page boundaries by the few items
 * another instance published since, while the pass that reads them grows with the column.
 */
const pageStartsMaxAgeMs = 10 * 60_000

/**
 * Page `page` of a column list, newest first, read by seek whatever the page number: the page
 * starts (and the total) come from one narrow pass over the list, shared by every request and
 * dropped with any change to the column's items seen here (src/lib/site/sharedData), so page 500 costs
 * what page 1 costs.
 */
export async function listNoticePage(options: { columnIds: number[]; page: number; perPage: number }) {
  const tags = listTags(options.columnIds)
  await tagPage(...tags)
  const payload = await sitePayload()
  const where = inColumns(options.columnIds)
  const { total, starts } = await sharedData(
    `notice-pages:${options.perPage}:${[...options.columnIds].sort((a, b) => a - b).join(',')}`,
    () => pageStarts(payload, { collection: 'notices', where, perPage: options.perPage }),
    tags,
    pageStartsMaxAgeMs,
  )
  const totalPages = Math.max(1, Math.ceil(total / options.perPage))
  if (options.page > totalPages) return { docs: [], totalDocs: total, totalPages, page: options.page }
  // The page's keys by one narrow query (plugins/disclosure-catalogue/lib/columnSeek), then its
  // documents by id: the column condition through payload.find read the whole column per page.
  const { docs } = await seekColumnPage<
    Pick<Notice, 'id' | 'title' | 'publishedAt' | 'type' | 'primaryColumn' | 'validity' | 'summary'>
  >(payload, {
    collection: 'notices',
    primaryColumnField: 'primaryColumn',
    columnsField: 'columns',
    columnIds: options.columnIds,
    listSize: total,
    key: options.page > 1 ? starts[options.page - 2] : null,
    limit: options.perPage,
    select: listSelect,
  })
  return { docs, totalDocs: total, totalPages, page: options.page }
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
