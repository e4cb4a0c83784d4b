import { describe, expect, it } from '@jest/globals'

import { computeArchived } from '../hooks/archived'
import { pathFromDocs } from '../hooks/computePath'
import { computeCommentPeriodState } from '../hooks/commentPeriod'
import { normalizeDocumentNumber, validateDocumentNumber } from '../hooks/documentNumber'
import { siteDay, siteYear } from '../lib/siteCalendar'

const req = (timeZone = 'Asia/Shanghai') => ({ payload: { config: { custom: { site: { timeZone } } } } })
const hook = (fn: unknown, args: Record<string, unknown>) => (fn as (args: unknown) => unknown)(args)
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString()

describe('document numbers (发文字号)', () => {
  it.each(['某政发〔2025〕12号', '示政办发〔2026〕3号', 'SZ发〔2024〕100号'])('accepts %s', (value) => {
    expect(validateDocumentNumber(value)).toBe(true)
  })

  it.each(['某政发2025年12号', '〔2025〕12号', '示政发〔25〕1号', '示政发〔2025〕号', '示政发〔2025〕12'])(
    'refuses %s with a message naming the field',
    (value) => {
      expect(validateDocumentNumber(value)).toMatch(/documentNumber/)
    },
  )

  it('treats an empty number as absent', () => {
    expect(validateDocumentNumber('')).toBe(true)
    expect(validateDocumentNumber(null)).toBe(true)
  })

  it.each([
    ['示政发[2025]12号', '示政发〔2025〕12号'],
    ['示政发【2025】12号', '示政发〔2025〕12号'],
    ['示政发（2025）12号', '示政发〔2025〕12号'],
    [' 示政发 〔2025〕 12号 ', '示政发〔2025〕12号'],
  ])('normalises %s to the catalogue form', (input, expected) => {
    expect(hook(normalizeDocumentNumber, { value: input })).toBe(expected)
  })
})

describe('site calendar', () => {
  it('puts an instant on the site’s calendar day and year, not UTC’s', () => {
    expect(siteDay('2025-12-31T17:00:00.000Z', 'Asia/Shanghai')).toBe('2026-01-01')
    expect(siteYear('2025-12-31T17:00:00.000Z', 'Asia/Shanghai')).toBe(2026)
    expect(siteYear('2025-12-31T17:00:00.000Z', 'UTC')).toBe(2025)
  })
})

describe('comment period state (公示期)', () => {
  const state = (startsOn?: string, endsOn?: string) =>
    hook(computeCommentPeriodState, { siblingData: { startsOn, endsOn }, req: req() })

  it('is not started, open (both days inclusive) or closed', () => {
    expect(state(day(2), day(9))).toBe('not-started')
    expect(state(day(0), day(7))).toBe('open')
    expect(state(day(-7), day(0))).toBe('open')
    expect(state(day(-9), day(-2))).toBe('closed')
  })

  it('is empty without dates', () => {
    expect(state()).toBeNull()
  })
})

describe('columns', () => {
  it('builds the path from the slugs of the ancestors', () => {
    expect(pathFromDocs([{ slug: 'zwgk' }, { slug: 'bmxx' }, { slug: 'czzj' }])).toBe('zwgk/bmxx/czzj')
  })

  it('archives a topical column only after its end day', () => {
    const archived = (kind: string, endsOn: string | null) =>
      hook(computeArchived, { siblingData: { kind, topical: { endsOn } }, req: req() })
    expect(archived('topical', day(-2))).toBe(true)
    expect(archived('topical', day(0))).toBe(false)
    expect(archived('topical', null)).toBe(false)
    expect(archived('news', day(-2))).toBe(false)
  })
})
