import { afterEach, describe, expect, it, jest } from '@jest/globals'

import { clearSharedData, dropSharedData, sharedData, sharedDataMaxAgeMs } from '../../src/lib/site/sharedData'

/** The reference data pages share across requests (column tree, department and topic names). */
describe('shared site data', () => {
  afterEach(() => {
    clearSharedData()
    jest.useRealTimers()
  })

  const counter = () => {
    let loads = 0
    return { load: async () => ++loads, loads: () => loads }
  }

  it('loads once for concurrent and later requests, until cleared', async () => {
    const source = counter()
    const values = await Promise.all([sharedData('k', source.load), sharedData('k', source.load)])
    expect(values).toEqual([1, 1])
    expect(await sharedData('k', source.load)).toBe(1)
    clearSharedData()
    expect(await sharedData('k', source.load)).toBe(2)
    expect(source.loads()).toBe(2)
  })

  it('reads again once an entry is older than the maximum age (changes made on other instances)', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-27T08:00:00Z') })
    const source = counter()
    expect(await sharedData('k', source.load)).toBe(1)
    jest.setSystemTime(Date.now() + sharedDataMaxAgeMs - 1)
    expect(await sharedData('k', source.load)).toBe(1)
    jest.setSystemTime(Date.now() + 2)
    expect(await sharedData('k', source.load)).toBe(2)
  })

  it('does not keep a failed load', async () => {
    await expect(sharedData('k', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down')
    expect(await sharedData('k', async () => 'fresh')).toBe('fresh')
  })

  it('keeps keys apart', async () => {
    expect(await sharedData('columns', async () => 'c')).toBe('c')
    expect(await sharedData('departments', async () => 'd')).toBe('d')
  })

  it('drops only the entries whose tags a change names', async () => {
    const columns = counter()
    const departments = counter()
    await sharedData('columns', columns.load)
    await sharedData('department-names', departments.load, ['departments'])
    dropSharedData(['departments', 'departments:3'])
    expect(await sharedData('columns', columns.load)).toBe(1)
    expect(await sharedData('department-names', departments.load, ['departments'])).toBe(2)
  })
})
