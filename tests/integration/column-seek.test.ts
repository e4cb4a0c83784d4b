import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Column, Department, Notice } from '../../payload-types'
import { seedPublishedAtKey } from '../../plugins/disclosure-catalogue'
import { seekColumnPage } from '../../plugins/disclosure-catalogue/lib/columnSeek'
import { newestFirst, type SeekKey } from '../../plugins/disclosure-catalogue/lib/seek'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { contentOnlyConfig, makeColumn, makeDepartment } from './content-fixtures'

/**
 * A column list read by `seekColumnPage` (one narrow SQL query for a page's keys, then the
 * documents by id under the read access) pages through exactly what `payload.find` lists for
 * the column as the public: items whose primary column it is and items also in it, newest
 * first with ties by id, no draft and no item the public may not read; on both engines and on
 * both SQLite plans (a short list by its column indexes, a long one along the date index).
 */
let site: TestSite
let department: Department
let column: Column
let other: Column

beforeAll(async () => {
  site = await startTestSite({ config: contentOnlyConfig })
  department = await makeDepartment(site, '区档案馆')
  column = await makeColumn(site, { name: '档案公开', slug: 'dagk' })
  other = await makeColumn(site, { name: '其他信息', slug: 'qtxx' })
  for (let index = 0; index < 26; index += 1) {
    const placement =
      index % 3 === 0
        ? { primaryColumn: column.id }
        : index % 3 === 1
          ? { primaryColumn: other.id, columns: [column.id] }
          : { primaryColumn: other.id }
    // Every fourth pair shares a publish instant: ties are ordered by id.
    const day = Math.floor(index / 2) * 3 + (index % 4 === 0 ? 0 : index % 2)
    await site.payload.create({
      collection: 'notices',
      data: {
        type: 'announcement',
        department: department.id,
        title: `档案目录第${index + 1}号`,
        ...placement,
        ...(index === 7 ? { disclosureMode: 'not-disclosed' } : {}),
        _status: index === 4 ? 'draft' : 'published',
      } as Notice,
      draft: index === 4,
      overrideAccess: true,
      context: { [seedPublishedAtKey]: new Date(Date.UTC(2026, 0, 1 + day, 2)).toISOString() },
    })
  }
})
afterAll(async () => site?.close())

async function expected(): Promise<number[]> {
  const { docs } = await site.payload.find({
    collection: 'notices',
    where: { or: [{ primaryColumn: { in: [column.id] } }, { columns: { in: [column.id] } }] },
    sort: newestFirst,
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  return docs.map((doc) => doc.id)
}

async function walk(listSize: number | undefined): Promise<number[]> {
  const seen: number[] = []
  let key: SeekKey | null = null
  for (let pages = 0; pages < 50; pages += 1) {
    const page: { docs: Notice[]; next: SeekKey | null } = await seekColumnPage<Notice>(site.payload, {
      collection: 'notices',
      primaryColumnField: 'primaryColumn',
      columnsField: 'columns',
      columnIds: [column.id],
      listSize,
      key,
      limit: 4,
      select: { title: true },
    })
    seen.push(...page.docs.map((doc) => doc.id))
    if (!page.next) break
    key = page.next
  }
  return seen
}

describe('column pages by narrow SQL', () => {
  it('pages through exactly the public list, newest first, ties by id', async () => {
    const list = await expected()
    // 18 items are in the column (9 primary, 9 also in), less the draft and the item not disclosed.
    expect(list).toHaveLength(16)
    expect(await walk(undefined)).toEqual(list)
  })

  it('gives the same pages when a short list is read by its column indexes', async () => {
    expect(await walk(10)).toEqual(await expected())
  })

  it('reads a page after a key as the seek path did', async () => {
    const list = await expected()
    const { docs } = await site.payload.find({
      collection: 'notices',
      where: { id: { in: list.slice(0, 5) } },
      sort: newestFirst,
      depth: 0,
      overrideAccess: false,
    })
    const fifth = docs[4] as Notice
    const page = await seekColumnPage<Notice>(site.payload, {
      collection: 'notices',
      primaryColumnField: 'primaryColumn',
      columnsField: 'columns',
      columnIds: [column.id],
      key: { publishedAt: fifth.publishedAt!, id: fifth.id },
      limit: 3,
    })
    expect(page.docs.map((doc) => doc.id)).toEqual(list.slice(5, 8))
    expect(page.next).toEqual({ publishedAt: page.docs[2].publishedAt, id: page.docs[2].id })
  })
})
