import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { pathsFor, type PublicChange } from '../../src/lib/revalidate'

/**
 * `revalidatePath(route, 'page')` matches cached pages by the route's file path, route group
 * included; a pattern that names no route file silently drops nothing (as `/notices/[id]`
 * without `/(site)` once did). So every pattern must be a page file of the app.
 */
const collections = ['notices', 'gazette-issues', 'columns', 'departments', 'topic-categories', 'mailboxes', 'other']

describe('pages dropped after a public change', () => {
  it.each(collections)('names only routes that exist for a change to %s', (collection) => {
    for (const { path: route, type } of pathsFor({ collection, id: 7, action: 'update' })) {
      if (type === 'page')
        expect(`${route}: ${fs.existsSync(path.join('src/app', route, 'page.tsx'))}`).toBe(`${route}: true`)
      else if (type === 'layout') expect(fs.existsSync(path.join('src/app/(site)', route, 'layout.tsx'))).toBe(true)
      else expect(route).toMatch(/^\/[a-z-]+\/\d+$/) // one concrete address
    }
  })

  it('drops the item itself, the lists that show it, and the gazette issues that link to it', () => {
    const change: PublicChange = { collection: 'notices', id: 42, action: 'publish' }
    const routes = pathsFor(change).map((entry) => entry.path)
    expect(routes).toEqual(
      expect.arrayContaining([
        '/notices/42',
        '/(site)/home/[v]',
        '/(site)/columns/[...path]',
        '/(site)/gazette/[year]/[number]',
      ]),
    )
  })

  it('drops every item page when a department or topic is renamed, and every page when a column changes', () => {
    expect(pathsFor({ collection: 'departments', id: 1, action: 'update' }).map((entry) => entry.path)).toContain(
      '/(site)/notices/[id]',
    )
    expect(pathsFor({ collection: 'columns', id: 1, action: 'update' })).toEqual([{ path: '/', type: 'layout' }])
  })
})
