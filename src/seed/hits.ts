import { isWorkingDay } from '../../plugins/shared/calendar/workingDays'
import type { CollectionSlug } from 'payload'

import { hitSlugs } from '../../plugins/hit-counter'
import { addDaysToDay, dayNumberOf, dayNumberToIso, type DayNumber } from '../../plugins/hit-counter/lib/day'
import { bulkInsert } from './bulkInsert'
import type { SeedModule } from './types'

/** Relative popularity of the demo columns (the annual report ranks 政务要闻, 公示公告, 部门信息, 公开指南). */
const weights: [RegExp, number][] = [
  [/政务要闻|要闻/, 30],
  [/公示公告|通知公告/, 24],
  [/部门信息|部门/, 15],
  [/公开指南|指南/, 10],
  [/政策|规范性文件/, 9],
  [/专题|专栏|征地|文明|保密/, 5],
]

const weightOf = (name: string, random: () => number) => {
  for (const [pattern, weight] of weights) if (pattern.test(name)) return weight
  return 2 + random() * 4
}

type Id = number | string
type Row = { collection: CollectionSlug; data: Record<string, unknown> }

/**
 * A year of plausible daily hits (the 365 days before today, site calendar): weekdays busier
 * than weekends and public holidays, a slow rise over the year, noise, and each published
 * notice taking a share of its column's views in the weeks after it appeared.
 */
export const hitsSeed: SeedModule = {
  name: 'hits',
  collections: [hitSlugs.columnDays, hitSlugs.itemDays, hitSlugs.totals, hitSlugs.visitorDays],
  async run({ payload, random, log }) {
    if (!payload.collections[hitSlugs.columnDays] || !payload.collections['columns' as CollectionSlug]) return
    const timeZone = (payload.config.custom?.site as { timeZone?: string } | undefined)?.timeZone ?? 'Asia/Shanghai'
    const { docs: columns } = await payload.find({
      collection: 'columns' as CollectionSlug,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    if (!columns.length) return log('no columns: no hits seeded')
    const today = dayNumberOf(new Date(), timeZone)
    const first = addDaysToDay(today, -365)
    const rows: Row[] = []
    const columnDay = new Map<string, number>()
    const columnTotals = new Map<Id, number>()
    for (const column of columns) {
      const name = String((column as { name?: string }).name ?? '')
      const base = weightOf(name, random) * 1.6
      let total = 0
      for (let day: DayNumber = first, index = 0; day < today; day = addDaysToDay(day, 1), index++) {
        const working = isWorkingDay(dayNumberToIso(day))
        const trend = 0.8 + (0.4 * index) / 365
        const hits = Math.max(0, Math.round(base * trend * (working ? 1 : 0.35) * (0.6 + random() * 0.8)))
        if (!hits) continue
        total += hits
        columnDay.set(`${column.id}:${day}`, hits)
        rows.push({
          collection: hitSlugs.columnDays,
          data: { key: `c:${column.id}:${day}`, column: column.id, day, hits },
        })
      }
      columnTotals.set(column.id, total)
      rows.push({
        collection: hitSlugs.totals,
        data: { key: `c:${column.id}`, kind: 'column', column: column.id, hits: total },
      })
    }

    const notices = payload.collections['notices' as CollectionSlug]
      ? (
          await payload.find({
            collection: 'notices' as CollectionSlug,
            where: { _status: { equals: 'published' } },
            pagination: false,
            depth: 0,
            overrideAccess: true,
          })
        ).docs
      : []
    for (const notice of notices.slice(0, 60)) {
      const record = notice as unknown as { primaryColumn?: Id | { id: Id }; publishedAt?: string; createdAt?: string }
      const column = typeof record.primaryColumn === 'object' ? record.primaryColumn?.id : record.primaryColumn
      if (column === undefined) continue
      const published = dayNumberOf(new Date(record.publishedAt ?? record.createdAt ?? Date.now()), timeZone)
      // Demo notices are all "new": spread their appearance over the year.
      let day = published > first ? published : addDaysToDay(first, Math.floor(random() * 330))
      let total = 0
      for (let age = 0; age < 30 && day < today; age++, day = addDaysToDay(day, 1)) {
        const available = columnDay.get(`${column}:${day}`) ?? 0
        const hits = Math.min(available, Math.round(available * (0.5 / (1 + age / 3)) * random()))
        if (!hits) continue
        // The item's views are part of its column's: take them from what is left for that day.
        columnDay.set(`${column}:${day}`, available - hits)
        total += hits
        const item = String(notice.id)
        rows.push({
          collection: hitSlugs.itemDays,
          data: { key: `i:notices:${item}:${day}`, itemCollection: 'notices', item, column, day, hits },
        })
      }
      if (total) {
        rows.push({
          collection: hitSlugs.totals,
          data: {
            key: `i:notices:${notice.id}`,
            kind: 'item',
            itemCollection: 'notices',
            item: String(notice.id),
            column,
            hits: total,
          },
        })
      }
    }
    // Unique visitors: about a third of the day's views, as readers open several pages.
    const views = new Map<DayNumber, number>()
    for (const row of rows)
      if (row.collection === hitSlugs.columnDays) {
        const day = row.data.day as DayNumber
        views.set(day, (views.get(day) ?? 0) + (row.data.hits as number))
      }
    for (const [day, count] of views)
      rows.push({
        collection: hitSlugs.visitorDays,
        data: { key: `v:${day}`, day, hits: Math.round(count * (0.3 + random() * 0.1)) },
      })
    for (const slug of [hitSlugs.columnDays, hitSlugs.itemDays, hitSlugs.totals, hitSlugs.visitorDays]) {
      await bulkInsert(
        payload,
        slug,
        rows.filter((row) => row.collection === slug).map((row) => row.data),
      )
    }
    const sum = [...columnTotals.values()].reduce((a, b) => a + b, 0)
    log(`${rows.length} counter rows, ${sum} column hits over ${columns.length} columns`)
  },
}
