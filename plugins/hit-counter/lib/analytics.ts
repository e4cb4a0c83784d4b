import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { hitSlugs, type ResolvedHitCounterOptions } from '../types'
import { addDaysToDay, dayNumberOf, dayNumberToIso, daysBetween, parseIsoDay, type DayNumber } from './day'

type Id = number | string
export type DayRange = { from: DayNumber; to: DayNumber }
export type ColumnInfo = { id: Id; name: string; path?: string; parent?: Id }

export type RankingRow = {
  rank: number
  column: Id
  name: string
  path: string
  hits: number
  /** Share of all hits in the range, 0–1. */
  share: number
  previousHits: number
  change: number
  /** Relative change against the previous period; null when that period had no hits. */
  changeRatio: number | null
}

const maxRangeDays = 366 * 3

/** `from`/`to` (YYYY-MM-DD, site calendar); default the last 30 days. Returns an error text on bad input. */
export function rangeFromQuery(
  query: Record<string, unknown>,
  timeZone: string,
): DayRange | { error: { zh: string; en: string } } {
  const today = dayNumberOf(new Date(), timeZone)
  const read = (name: 'from' | 'to', fallback: DayNumber) => {
    const value = query[name]
    if (value === undefined || value === '') return fallback
    return typeof value === 'string' ? parseIsoDay(value) : null
  }
  const to = read('to', today)
  const from = to === null ? null : read('from', addDaysToDay(to, -29))
  if (to === null || from === null) {
    return { error: { zh: '日期应为 YYYY-MM-DD 格式', en: 'Dates must be YYYY-MM-DD' } }
  }
  if (from > to) return { error: { zh: '开始日期晚于结束日期', en: 'from is after to' } }
  if (daysBetween(from, to) > maxRangeDays) {
    return { error: { zh: '日期范围不能超过三年', en: 'The range may not exceed three years' } }
  }
  return { from, to }
}

export const previousRange = ({ from, to }: DayRange): DayRange => {
  const length = daysBetween(from, to)
  return { from: addDaysToDay(from, -length), to: addDaysToDay(from, -1) }
}

const relationId = (value: unknown): Id | undefined =>
  value && typeof value === 'object' && 'id' in value
    ? (value as { id: Id }).id
    : typeof value === 'number' || typeof value === 'string'
      ? value
      : undefined

export async function loadColumnTree(req: PayloadRequest, options: ResolvedHitCounterOptions) {
  const { docs } = await req.payload.find({
    collection: options.columns.slug,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const columns = new Map<string, ColumnInfo>()
  for (const doc of docs) {
    const record = doc as unknown as Record<string, unknown>
    columns.set(String(doc.id), {
      id: doc.id,
      name: String(record[options.columns.titleField] ?? doc.id),
      path:
        typeof record[options.columns.pathField] === 'string'
          ? (record[options.columns.pathField] as string)
          : undefined,
      parent: relationId(record[options.columns.parentField]),
    })
  }
  return columns
}

/** The top-level ancestor of a column (itself when it has no parent); guards against cycles. */
export function rootOf(columns: Map<string, ColumnInfo>, id: Id): Id {
  let current = columns.get(String(id))
  const seen = new Set<string>()
  while (current?.parent !== undefined && !seen.has(String(current.id))) {
    seen.add(String(current.id))
    const parent = columns.get(String(current.parent))
    if (!parent) break
    current = parent
  }
  return current?.id ?? id
}

async function dayBuckets(payload: Payload, collection: CollectionSlug, range: DayRange, extra?: Where) {
  const where: Where = {
    and: [
      { day: { greater_than_equal: range.from } },
      { day: { less_than_equal: range.to } },
      ...(extra ? [extra] : []),
    ],
  }
  const { docs } = await payload.find({ collection, where, depth: 0, pagination: false, overrideAccess: true })
  return docs as unknown as Record<string, unknown>[]
}

/** Column ranking for a range, with the previous period of equal length; `rollup` ranks top-level columns with their subtrees. */
export async function columnRanking(
  req: PayloadRequest,
  options: ResolvedHitCounterOptions,
  range: DayRange,
  rollup: boolean,
): Promise<RankingRow[]> {
  const columns = await loadColumnTree(req, options)
  const previous = previousRange(range)
  const docs = await dayBuckets(req.payload, hitSlugs.columnDays, { from: previous.from, to: range.to })
  const current = new Map<string, number>()
  const before = new Map<string, number>()
  for (const doc of docs) {
    const raw = relationId(doc.column)
    if (raw === undefined) continue
    const id = String(rollup ? rootOf(columns, raw) : raw)
    const target = (doc.day as number) >= range.from ? current : before
    target.set(id, (target.get(id) ?? 0) + Number(doc.hits))
  }
  const total = [...current.values()].reduce((sum, n) => sum + n, 0)
  const ids = new Set([...current.keys(), ...before.keys()])
  // Every column appears (0 hits too): an analyst looks for the empty ones as well.
  for (const column of columns.values()) {
    if (!rollup || column.parent === undefined) ids.add(String(column.id))
  }
  const rows = [...ids].map((id) => {
    const info = columns.get(id)
    const hits = current.get(id) ?? 0
    const previousHits = before.get(id) ?? 0
    return {
      rank: 0,
      column: info?.id ?? id,
      name: info?.name ?? id,
      path: info?.path ?? '',
      hits,
      share: total ? hits / total : 0,
      previousHits,
      change: hits - previousHits,
      changeRatio: previousHits ? (hits - previousHits) / previousHits : null,
    }
  })
  rows.sort((a, b) => b.hits - a.hits || a.name.localeCompare(b.name, 'zh'))
  // Competition ranking: equal hits share a rank (1, 2, 2, 4).
  rows.forEach(
    (row, index) => (row.rank = index > 0 && rows[index - 1].hits === row.hits ? rows[index - 1].rank : index + 1),
  )
  return rows
}

/** Hits per day for one column, every day of the range (zeros included). */
export async function columnDailySeries(payload: Payload, column: Id, range: DayRange) {
  const docs = await dayBuckets(payload, hitSlugs.columnDays, range, { column: { equals: column } })
  const byDay = new Map<number, number>()
  for (const doc of docs) byDay.set(doc.day as number, (byDay.get(doc.day as number) ?? 0) + Number(doc.hits))
  const series: { date: string; hits: number }[] = []
  for (let day = range.from; day <= range.to; day = addDaysToDay(day, 1)) {
    series.push({ date: dayNumberToIso(day), hits: byDay.get(day) ?? 0 })
  }
  return series
}

/** The most viewed items whose primary column is `column`. */
export async function columnTopItems(
  req: PayloadRequest,
  options: ResolvedHitCounterOptions,
  column: Id,
  range: DayRange,
  limit: number,
) {
  const docs = await dayBuckets(req.payload, hitSlugs.itemDays, range, { column: { equals: column } })
  const sums = new Map<string, { collection: string; id: string; hits: number }>()
  for (const doc of docs) {
    const key = `${doc.itemCollection}:${doc.item}`
    const entry = sums.get(key) ?? { collection: String(doc.itemCollection), id: String(doc.item), hits: 0 }
    entry.hits += Number(doc.hits)
    sums.set(key, entry)
  }
  const top = [...sums.values()].sort((a, b) => b.hits - a.hits).slice(0, limit)
  const titles = new Map<string, string>()
  for (const item of options.items) {
    const ids = top.filter((entry) => entry.collection === item.slug).map((entry) => entry.id)
    if (!ids.length) continue
    const { docs: found } = await req.payload.find({
      collection: item.slug,
      where: { id: { in: ids } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of found) {
      titles.set(
        `${item.slug}:${doc.id}`,
        String((doc as unknown as Record<string, unknown>)[item.titleField] ?? doc.id),
      )
    }
  }
  return top.map((entry, index) => ({
    rank: index + 1,
    ...entry,
    title: titles.get(`${entry.collection}:${entry.id}`) ?? '',
  }))
}
