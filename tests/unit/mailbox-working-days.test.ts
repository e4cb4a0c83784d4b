import { describe, expect, it } from '@jest/globals'

import { deadlineFlagOf } from '../../plugins/mailboxes/lib/deadlines'
import {
  addWorkingDays,
  endOfLocalDay,
  isWorkingDay,
  localDay,
  workingDayDeadline,
  workingDaysBetween,
} from '../../plugins/shared/calendar/workingDays'

const tz = 'Asia/Shanghai'

describe('the working-day calendar (chinese-days + overrides)', () => {
  it('knows National Day 2025 and its make-up working days', () => {
    // 2025-09-28 (Sunday) and 2025-10-11 (Saturday) are official make-up working days.
    expect(isWorkingDay('2025-09-28')).toBe(true)
    expect(isWorkingDay('2025-10-11')).toBe(true)
    for (let day = 1; day <= 8; day++) expect(isWorkingDay(`2025-10-0${day}`)).toBe(false)
    expect(isWorkingDay('2025-10-09')).toBe(true)
    expect(isWorkingDay('2025-10-12')).toBe(false) // an ordinary Sunday
    expect(isWorkingDay('2025-09-27')).toBe(false) // an ordinary Saturday
  })

  it('counts deadlines across the holiday: 15 working days from 2025-09-26', () => {
    // Working days after Fri 26 Sep: 28(Sun, make-up), 29, 30, 9, 10, 11(Sat, make-up), 13, 14, 15, 16, 17, 20, 21, 22, 23.
    expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-28')
    expect(addWorkingDays('2025-09-26', 3)).toBe('2025-09-30')
    expect(addWorkingDays('2025-09-26', 4)).toBe('2025-10-09')
    expect(addWorkingDays('2025-09-26', 6)).toBe('2025-10-11')
    expect(addWorkingDays('2025-09-26', 15)).toBe('2025-10-23')
    expect(workingDaysBetween('2025-09-26', '2025-10-23')).toBe(15)
    expect(workingDaysBetween('2025-10-01', '2025-10-08')).toBe(0)
    expect(workingDaysBetween('2025-10-23', '2025-09-26')).toBe(0)
  })

  it('skips the Spring Festival 2026 and counts its make-up Saturday', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true) // Saturday, make-up day
    expect(isWorkingDay('2026-02-16')).toBe(false)
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14')
    expect(addWorkingDays('2026-02-14', 1)).toBe('2026-02-24')
  })

  it('works in the site’s time zone: 20:00 UTC on 30 Sep is already 1 Oct in Shanghai', () => {
    expect(localDay('2025-09-30T20:00:00Z', tz)).toBe('2025-10-01')
    expect(endOfLocalDay('2025-10-23', tz).toISOString()).toBe('2025-10-23T15:59:59.999Z')
    // Received on the evening of 26 Sep (Shanghai): due at the end of 23 Oct, Shanghai time.
    expect(workingDayDeadline('2025-09-26T12:00:00Z', 15, tz).toISOString()).toBe('2025-10-23T15:59:59.999Z')
    // Received at 01:00 on 27 Sep Shanghai (a Saturday) = 17:00 UTC on 26 Sep.
    expect(workingDayDeadline('2025-09-26T17:00:00Z', 1, tz).toISOString()).toBe('2025-09-28T15:59:59.999Z')
  })

  it('refuses malformed days', () => {
    expect(() => isWorkingDay('2025/10/01')).toThrow()
  })
})

describe('deadline flags', () => {
  const open = { state: 'forwarded', receivedAt: '2025-09-26T02:00:00Z', dueAt: '2025-10-23T15:59:59.999Z' }
  it('says nothing while there is time, then "due soon", then "overdue"', () => {
    expect(deadlineFlagOf(open, tz, new Date('2025-10-09T02:00:00Z'))).toBeNull()
    // 21 Oct: the deadline (23 Oct) is within 2 working days.
    expect(deadlineFlagOf(open, tz, new Date('2025-10-21T02:00:00Z'))).toBe('due-soon')
    expect(deadlineFlagOf(open, tz, new Date('2025-10-24T02:00:00Z'))).toBe('overdue')
  })
  it('is loudest when three months without an answer come near, and silent for answered letters', () => {
    expect(deadlineFlagOf(open, tz, new Date('2025-12-15T02:00:00Z'))).toBe('three-month')
    expect(deadlineFlagOf(open, tz, new Date('2026-01-15T02:00:00Z'))).toBe('three-month')
    expect(deadlineFlagOf({ ...open, state: 'replied' }, tz, new Date('2026-01-15T02:00:00Z'))).toBeNull()
    expect(deadlineFlagOf({ ...open, state: 'rejected' }, tz, new Date('2026-01-15T02:00:00Z'))).toBeNull()
  })
})
