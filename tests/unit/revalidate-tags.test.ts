import { afterEach, describe, expect, it } from '@jest/globals'

import {
  applyInvalidation,
  collectionTag,
  columnListTags,
  columnsOf,
  itemTag,
  tagsFor,
} from '../../src/lib/invalidation'
import { isRemoved, markRestored } from '../../src/lib/site/removedItems'
import { sharedData } from '../../src/lib/site/sharedData'
import { siteBridge, type OutsideCache } from '../../src/server/bridge.mjs'

describe('the tags a public change drops', () => {
  it("drops the collection's site-wide lists, the pages of that one document and its columns' lists", () => {
    expect(tagsFor([{ collection: 'notices', id: 42, action: 'publish', columns: [3, 7] }])).toEqual([
      'notices',
      'notices:42',
      'notices@column:3',
      'notices@column:7',
    ])
    // The loaders tag with the same helpers, so a page's tag and a change's tag cannot drift.
    expect(collectionTag('notices')).toBe('notices')
    expect(itemTag('notices', 42)).toBe('notices:42')
    expect(columnListTags('notices', [3])).toEqual(['notices@column:*', 'notices@column:3'])
  })

  it("drops every column's lists when the change names no columns", () => {
    expect(tagsFor([{ collection: 'notices', id: 42, action: 'publish' }])).toEqual([
      'notices',
      'notices:42',
      'notices@column:*',
    ])
  })

  it('names each tag once for the changes of one transaction', () => {
    expect(
      tagsFor([
        { collection: 'notices', id: 42, action: 'update', columns: [3] },
        { collection: 'notices', id: 42, action: 'publish', columns: [3] },
        { collection: 'departments', id: 3, action: 'update', columns: [] },
      ]),
    ).toEqual(['notices', 'notices:42', 'notices@column:3', 'departments', 'departments:3'])
  })

  it('keeps a change without an id to the collection', () => {
    expect(tagsFor([{ collection: 'columns', action: 'update', columns: [] }])).toEqual(['columns'])
  })

  it("takes an item's columns from the version before and after the change", () => {
    expect(
      columnsOf({ primaryColumn: 3, columns: [{ id: 5 }] }, { primaryColumn: { id: 4 }, columns: [5, 6] }),
    ).toEqual([3, 5, 4, 6])
    // A document without column fields has no columns to name.
    expect(columnsOf({ name: '区政府办' })).toBeUndefined()
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

  it('drops everything for "any change" (another instance that lost its channel)', async () => {
    siteBridge().outsideCaches.add(outside)
    let loads = 0
    const load = async () => ++loads
    await sharedData('departments-by-id', load, ['departments'])
    await applyInvalidation({ changes: [], tags: ['*', 'columns'] }, { debug: () => {}, error: () => {} })
    expect(dropped).toEqual([['*', 'columns']])
    expect(await sharedData('departments-by-id', load, ['departments'])).toBe(2)
  })
})
