import { TZDate } from '@date-fns/tz'
import type { PayloadRequest, Where } from 'payload'

import { refuse } from '../../shared/http/refuse'
import { siteTimeZone } from './siteCalendar'
import { noticeTypes, validityStatuses } from './noticeTypes'

const dayPattern = /^\d{4}-\d{2}-\d{2}$/

export const maxPageSize = 100

/** `page` and `limit` from the query string, bounded; bad values are a 400 naming the parameter. */
export function pagination(req: PayloadRequest, params: URLSearchParams): { page: number; limit: number } {
  const page = params.get('page') ?? '1'
  const limit = params.get('limit') ?? '20'
  if (!/^\d{1,6}$/.test(page) || Number(page) < 1)
    refuse(req, 400, { zh: 'page 须为正整数', en: 'page must be a positive integer' })
  if (!/^\d{1,3}$/.test(limit) || Number(limit) < 1 || Number(limit) > maxPageSize) {
    refuse(req, 400, {
      zh: `limit 须为 1 至 ${maxPageSize} 的整数`,
      en: `limit must be an integer from 1 to ${maxPageSize}`,
    })
  }
  return { page: Number(page), limit: Number(limit) }
}

/** Start (or end, exclusive) of a calendar day in the site's time zone, as a UTC ISO string. */
function dayBoundary(day: string, timeZone: string, next: boolean): string {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(new TZDate(year, month - 1, date + (next ? 1 : 0), timeZone).getTime()).toISOString()
}

/**
 * The public list filters shared by `/api/search` and `/api/columns/:id/items`:
 * `type`, `department` (id), `from`/`to` (publish date, site calendar days, inclusive),
 * `validity`, `documentNumber` (substring), `topicCategory` (id).
 */
export function noticeFilters(req: PayloadRequest, params: URLSearchParams): Where[] {
  const where: Where[] = []
  const type = params.get('type')
  if (type) {
    if (!(noticeTypes as readonly string[]).includes(type))
      refuse(req, 400, { zh: `type 取值无效：${type}`, en: `type: unknown value ${type}` })
    where.push({ type: { equals: type } })
  }
  const validity = params.get('validity')
  if (validity) {
    if (!(validityStatuses as readonly string[]).includes(validity)) {
      refuse(req, 400, { zh: `validity 取值无效：${validity}`, en: `validity: unknown value ${validity}` })
    }
    where.push({ 'validity.status': { equals: validity } })
  }
  for (const name of ['department', 'topicCategory'] as const) {
    const value = params.get(name)
    if (!value) continue
    if (!/^[\w-]{1,64}$/.test(value)) refuse(req, 400, { zh: `${name} 须为编号`, en: `${name} must be an id` })
    where.push({ [name]: { equals: value } })
  }
  const documentNumber = params.get('documentNumber')?.trim()
  if (documentNumber) {
    if (documentNumber.length > 50) refuse(req, 400, { zh: 'documentNumber 过长', en: 'documentNumber is too long' })
    where.push({ documentNumber: { contains: documentNumber } })
  }
  const timeZone = siteTimeZone(req)
  for (const [name, operator, next] of [
    ['from', 'greater_than_equal', false],
    ['to', 'less_than', true],
  ] as const) {
    const value = params.get(name)
    if (!value) continue
    if (!dayPattern.test(value) || Number.isNaN(Date.parse(value))) {
      refuse(req, 400, { zh: `${name} 须为日期，如 2026-01-31`, en: `${name} must be a date such as 2026-01-31` })
    }
    where.push({ publishedAt: { [operator]: dayBoundary(value, timeZone, next) } })
  }
  return where
}
