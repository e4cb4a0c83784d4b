import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'

import { resultCache } from '../lib/resultCache'
import type { SearchOutcome } from '../lib/types'

const outcome = (total: number): SearchOutcome => ({ hits: [], hasMore: false, total })

describe('the search result cache', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: 1_000_000 })
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  it('keeps an outcome until its time is up', () => {
    const cache = resultCache({ ttlMs: 1_000 })
    cache.set('a', outcome(1))
    expect(cache.get('a')?.total).toBe(1)
    jest.advanceTimersByTime(1_001)
    expect(cache.get('a')).toBeUndefined()
  })

  it('drops everything on an index write and stores nothing while that write may be uncommitted', () => {
    const cache = resultCache({ ttlMs: 60_000, quietMs: 5_000 })
    cache.set('a', outcome(1))
    cache.clear()
    expect(cache.get('a')).toBeUndefined()
    cache.set('a', outcome(2)) // a search that ran before the write's transaction committed
    expect(cache.get('a')).toBeUndefined()
    jest.advanceTimersByTime(5_001)
    cache.set('a', outcome(3))
    expect(cache.get('a')?.total).toBe(3)
  })

  it('forgets the least recently used outcome beyond its size', () => {
    const cache = resultCache({ maxEntries: 2 })
    cache.set('a', outcome(1))
    cache.set('b', outcome(2))
    cache.get('a')
    cache.set('c', outcome(3))
    expect([cache.get('a')?.total, cache.get('b'), cache.get('c')?.total]).toEqual([1, undefined, 3])
  })
})
