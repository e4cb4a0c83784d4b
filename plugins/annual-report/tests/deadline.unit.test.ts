import { describe, expect, it } from '@jest/globals'

import { replyDeadline } from '../lib/deadline'

// Each expected day is counted by hand on the State Council's holiday schedule, make-up working
// days included; the comments list the counting.
describe('reply deadline: 20 working days (条例 Art. 33)', () => {
  it('counts across National Day 2025 with its make-up Sunday (9-28) and Saturday (10-11)', () => {
    // 9-28 Sun(1) 9-29(2) 9-30(3) [10-1…10-8 holiday] 10-9(4) 10-10(5) 10-11 Sat(6) 10-13…10-17(7–11)
    // 10-20…10-24(12–16) 10-27…10-30(17–20)
    expect(replyDeadline({ receivedOn: '2025-09-26' })).toEqual({
      state: 'running',
      dueOn: '2025-10-30',
      clockStartsOn: '2025-09-26',
    })
  })

  it('counts across the Spring Festival 2025 with its make-up Sunday (1-26) and Saturday (2-8)', () => {
    // 1-26 Sun(1) 1-27(2) [1-28…2-4 holiday] 2-5(3) 2-6(4) 2-7(5) 2-8 Sat(6) 2-10…2-14(7–11)
    // 2-17…2-21(12–16) 2-24…2-27(17–20)
    expect(replyDeadline({ receivedOn: '2025-01-24' }).dueOn).toBe('2025-02-27')
  })

  it('adds the one extension after the normal deadline', () => {
    // 2-28(1) 3-3…3-7(2–6) 3-10…3-14(7–11) 3-17…3-21(12–16) 3-24…3-27(17–20)
    expect(replyDeadline({ receivedOn: '2025-01-24', extensionDays: 20 }).dueOn).toBe('2025-03-27')
    expect(replyDeadline({ receivedOn: '2025-01-24', extensionDays: 1 }).dueOn).toBe('2025-02-28')
  })

  it('stops the clock while a correction is awaited', () => {
    expect(replyDeadline({ receivedOn: '2025-09-15', correction: { requestedOn: '2025-09-17' } })).toEqual({
      state: 'paused',
      dueOn: null,
      clockStartsOn: null,
    })
  })

  it('counts 20 working days anew from the day the correction arrives', () => {
    // from 10-9: 10-10(1) 10-11 Sat(2) 10-13…10-17(3–7) 10-20…10-24(8–12) 10-27…10-31(13–17) 11-3…11-5(18–20)
    expect(
      replyDeadline({ receivedOn: '2025-09-15', correction: { requestedOn: '2025-09-17', receivedOn: '2025-10-09' } }),
    ).toEqual({ state: 'running', dueOn: '2025-11-05', clockStartsOn: '2025-10-09' })
  })

  it('combines a correction and an extension', () => {
    // 11-5 + 5 working days: 11-6 11-7 11-10 11-11 11-12
    expect(
      replyDeadline({
        receivedOn: '2025-09-15',
        correction: { requestedOn: '2025-09-17', receivedOn: '2025-10-09' },
        extensionDays: 5,
      }).dueOn,
    ).toBe('2025-11-12')
  })
})
