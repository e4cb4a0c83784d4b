import { TZDate } from '@date-fns/tz'
import { addDays, format, parse, startOfDay } from 'date-fns'

/** `20260315` for 2026-03-15: the bucket key of a calendar day. */
export type DayNumber = number

export function dayNumberOf(date: Date, timeZone: string): DayNumber {
  return Number(format(new TZDate(date.getTime(), timeZone), 'yyyyMMdd'))
}

export function dayNumberToIso(day: DayNumber): string {
  const text = String(day)
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`
}

/** Parses `YYYY-MM-DD` strictly (a real calendar date) or returns null. */
export function parseIsoDay(text: string): DayNumber | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null
  const parsed = parse(text, 'yyyy-MM-dd', new Date(2000, 0, 1))
  if (Number.isNaN(parsed.getTime()) || format(parsed, 'yyyy-MM-dd') !== text) return null
  return Number(text.replaceAll('-', ''))
}

/** Calendar arithmetic on day numbers (time-zone free: they are already local dates). */
export function addDaysToDay(day: DayNumber, amount: number): DayNumber {
  const date = parse(String(day), 'yyyyMMdd', new Date(2000, 0, 1))
  return Number(format(addDays(date, amount), 'yyyyMMdd'))
}

export function daysBetween(from: DayNumber, to: DayNumber): number {
  const a = parse(String(from), 'yyyyMMdd', new Date(2000, 0, 1))
  const b = parse(String(to), 'yyyyMMdd', new Date(2000, 0, 1))
  return Math.round((b.getTime() - a.getTime()) / 86_400_000) + 1
}

/**
 * The current local day, recomputed only when the next local midnight passes: formatting a
 * date per hit would cost more than the rest of the hit path.
 */
export function createDayClock(timeZone: string, now: () => number = Date.now) {
  let day: DayNumber = 0
  let nextMidnight = 0
  return {
    today(): DayNumber {
      const t = now()
      if (t >= nextMidnight) {
        const local = new TZDate(t, timeZone)
        day = Number(format(local, 'yyyyMMdd'))
        nextMidnight = addDays(startOfDay(local), 1).getTime()
      }
      return day
    },
  }
}
