import { afterEach, describe, expect, it } from '@jest/globals'

import { applyInvalidation, collectionTag, itemTag, tagsFor } from '../../src/lib/invalidation'
import { isRemoved, markRestored } from '../../src/lib/site/removedItems'
import { sharedData } from '../../src/lib/site/sharedData'
import { siteBridge, type OutsideCache } from '../../src/server/bridge.mjs'

describe('the tags a public change drops', () => {
  it('drops every list of the collection and the pages of that one document', () => {
    expect(tagsFor([{ collection: 'notices', id: 42, action: 'publish' }])).toEqual(['notices', 'notices:42'])
    // The loaders tag with the same helpers, so a page's tag and a change's tag cannot drift.
    expect(collectionTag('notices')).toBe('notices')
    expect(itemTag('notices', 42)).toBe('notices:42')
  })

  it('names each tag once for the changes of one transaction', () => {
    expect(
      tagsFor([
        { collection: 'notices', id: 42, action: 'update' },
        { collection: 'notices', id: 42, action: 'publish' },
        { collection: 'departments', id: 3, action: 'update' },
      ]),
    ).toEqual(['notices', 'notices:42', 'departments', 'departments:3'])
  })

  it('keeps a change without an id to the collection', () => {
    expect(tagsFor([{ collection: 'columns', action: 'update' }])).toEqual(['columns'])
  })
})

describe('applying an invalidation outside a Next.js request (jest, job runner, CLI)', () => {
  const dropped: (readonly string[])[] = []
  const outside: OutsideCache = { name: 'test cache', invalidate: (tags) => void dropped.push(tags) }
  afterEach(() => {
    siteBridge().outsideCaches.delete(outside)
    dropped.length = 0
    markRestored('notices', 9)
  })

  it('is no error: the shared data, the removed list and the outside caches still drop', async () => {
    siteBridge().outsideCaches.add(outside)
    let loads = 0
    const load = async () => ++loads
    await sharedData('columns', load)
    const errors: string[] = []
    await applyInvalidation(
      { changes: [{ collection: 'notices', id: 9, action: 'remove' }], tags: ['notices', 'notices:9', 'columns'] },
      { debug: () => {}, error: (message) => void errors.push(message) },
    )
    expect(errors).toEqual([])
    expect(dropped).toEqual([['notices', 'notices:9', 'columns']])
    expect(isRemoved('notices', 9)).toBe(true)
    expect(await sharedData('columns', load)).toBe(2)
  })
})
