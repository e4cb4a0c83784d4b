import { TZDate } from '@date-fns/tz'
import * as chineseDaysModule from 'chinese-days'

import { workingDayOverrides } from './workingDaysOverrides'

/**
 * Working days (工作日) for reply deadlines: weekends and public holidays are skipped and the
 * official make-up working days (调休上班, e.g. the Sunday before National Day) count as working days.
 * The calendar comes from `chinese-days` (updated yearly from the State Council's notice);
 * `workingDaysOverrides.ts` corrects or extends it without waiting for a package release.
 * Days are plain `YYYY-MM-DD` strings in the site's time zone.
 */

type ChineseDays = { isWorkday: (date: string) => boolean }
// The package is CommonJS for Node and ES for bundlers; the two shapes differ.
const chineseDays: ChineseDays =
  (chineseDaysModule as unknown as ChineseDays).isWorkday !== undefined
    ? (chineseDaysModule as unknown as ChineseDays)
    : (chineseDaysModule as unknown as { default: ChineseDays }).default

const extraHolidays: Record<string, string> = workingDayOverrides.holidays
const extraWorkdays: Record<string, string> = workingDayOverrides.workdays

const dayPattern = /^\d{4}-\d{2}-\d{2}$/

function assertDay(day: string): void {
  if (!dayPattern.test(day)) throw new Error(`not a YYYY-MM-DD day: ${day}`)
}

export function isWorkingDay(day: string): boolean {
  assertDay(day)
  if (day in extraWorkdays) return true
  if (day in extraHolidays) return false
  return chineseDays.isWorkday(day)
}

/** The calendar day after `day` (no time zone involved: pure date arithmetic). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

/** The `count`-th working day after `day` (the day itself does not count). */
export function addWorkingDays(day: string, count: number): string {
  assertDay(day)
  let current = day
  let remaining = count
  while (remaining > 0) {
    current = nextDay(current)
    if (isWorkingDay(current)) remaining -= 1
  }
  return current
}

/** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string): number {
  assertDay(from)
  assertDay(to)
  let count = 0
  for (let current = nextDay(from); current <= to; current = nextDay(current)) {
    if (isWorkingDay(current)) count += 1
  }
  return count
}

/** The calendar day an instant falls on in the given time zone. */
export function localDay(instant: Date | string, timeZone: string): string {
  const date = new TZDate(new Date(instant).getTime(), timeZone)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The last millisecond of a local day, as an instant (deadlines end at local midnight). */
export function endOfLocalDay(day: string, timeZone: string): Date {
  assertDay(day)
  const [year, month, date] = day.split('-').map(Number)
  return new Date(new TZDate(year, month - 1, date, 23, 59, 59, 999, timeZone).getTime())
}

/** The deadline of something received at `instant`: end of the `count`-th working day after that day. */
export function workingDayDeadline(instant: Date | string, count: number, timeZone: string): Date {
  return endOfLocalDay(addWorkingDays(localDay(instant, timeZone), count), timeZone)
}
