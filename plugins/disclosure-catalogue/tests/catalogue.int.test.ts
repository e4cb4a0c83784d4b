import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Field } from 'payload'

import { startTestSite, type TestSite } from '../../shared/testing/testSite'
import { createTestUser, type TestUser } from '../../shared/testing/users'
import { catalogueNamespace, defaultCatalogueSlugs, siteTimeZone, siteYear } from '../index'
import { catalogueTestConfig } from '../testing/minimalConfig'
import type { DisclosureCatalogueOptions } from '../types'

type Doc = Record<string, unknown> & { id: number | string }

const slug = (name: string) => name as CollectionSlug
const hostField: Field = { name: 'hostTag', type: 'text', label: 'Host tag' }
let overrideHookRuns = 0

/** The host adds a field to notices, appends a hook, and leaves topic categories out. */
const options: DisclosureCatalogueOptions = {
  collections: {
    topicCategories: false,
    notices: {
      overrides: {
        fields: ({ defaultFields }) => [...defaultFields, hostField],
        hooks: {
          afterChange: [
            ({ doc }) => {
              overrideHookRuns += 1
              return doc
            },
          ],
        },
      },
    },
  },
}

let site: TestSite
let admin: TestUser
let editor: TestUser
let department: Doc

beforeAll(async () => {
  site = await startTestSite({ config: (url) => catalogueTestConfig(url, options) })
  admin = await createTestUser(site, ['admin'])
  editor = await createTestUser(site, ['editor'])
  department = (await site.payload.create({
    collection: slug('departments'),
    data: { name: '区政府办公室', orgCode: 'QZFB001' } as never,
    overrideAccess: true,
  })) as unknown as Doc
})
afterAll(async () => site?.close())

const json = async (response: Response) => (await response.json()) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the disclosure catalogue alone', () => {
  it('adds its collections, leaves a disabled one out, and merges its translations', () => {
    const slugs = Object.keys(site.payload.collections)
    for (const key of ['columns', 'notices', 'gazetteIssues', 'indexNumberCounters'] as const)
      expect(slugs).toContain(defaultCatalogueSlugs[key])
    expect(slugs).not.toContain(defaultCatalogueSlugs.topicCategories)
    // …and nothing relates to the missing collection.
    const noticeFields = site.payload.collections[slug('notices')].config.flattenedFields.map((field) => field.name)
    expect(noticeFields).not.toContain('topicCategory')
    const translations = site.config.i18n.translations as Record<string, Record<string, Record<string, string>>>
    expect(translations.zh[catalogueNamespace].columnsName).toBe('栏目名称')
    expect(translations.en[catalogueNamespace].columnsName).toBe('Name')
  })

  it('builds a column tree with paths from the slugs', async () => {
    const parent = await json(
      await site.rest('POST', '/columns', { token: admin.token, body: { name: '政务公开', slug: 'zwgk' } }),
    )
    expect(parent.doc.path).toBe('zwgk')
    const child = await json(
      await site.rest('POST', '/columns', {
        token: admin.token,
        body: { name: '通知公告', slug: 'tzgg', parent: parent.doc.id, kind: 'notices' },
      }),
    )
    expect(child.doc.path).toBe('zwgk/tzgg')
    const moveUnderChild = await site.rest('PATCH', `/columns/${parent.doc.id}`, {
      token: admin.token,
      body: { parent: child.doc.id },
    })
    expect(moveUnderChild.status).toBe(400)
    // editors do not shape the navigation
    const byEditor = await site.rest('POST', '/columns', { token: editor.token, body: { name: '新闻', slug: 'xw' } })
    expect(byEditor.status).toBe(403)
  })

  it('gives a notice its index number, stamps the publish date, keeps the host field, runs the host hook', async () => {
    const column = await json(
      await site.rest('POST', '/columns', { token: admin.token, body: { name: '公示公告', slug: 'gsgg' } }),
    )
    const hookRunsBefore = overrideHookRuns
    const before = Date.now()
    const created = await site.rest('POST', '/notices', {
      token: editor.token,
      body: {
        title: '关于公开征求意见的公告',
        type: 'announcement',
        primaryColumn: column.doc.id,
        department: department.id,
        documentNumber: '示政发[2026]3号',
        hostTag: '宿主字段',
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    const notice = (await json(created)).doc
    const year = siteYear(new Date(), siteTimeZone(undefined))
    expect(notice.indexNumber).toBe(`QZFB001/${year}-00001`)
    expect(notice.documentNumber).toBe('示政发〔2026〕3号')
    expect(notice.hostTag).toBe('宿主字段')
    expect(Date.parse(notice.publishedAt)).toBeGreaterThanOrEqual(before - 1000)
    expect(overrideHookRuns).toBeGreaterThan(hookRunsBefore)

    const second = (
      await json(
        await site.rest('POST', '/notices', {
          token: editor.token,
          body: { title: '第二条', type: 'other', primaryColumn: column.doc.id, department: department.id },
        }),
      )
    ).doc
    expect(second.indexNumber).toBe(`QZFB001/${year}-00002`)
    const faked = await site.rest('PATCH', `/notices/${notice.id}`, {
      token: editor.token,
      body: { indexNumber: 'QZFB001/2020-00009' },
    })
    expect(faked.status).toBe(400)

    // the public finds it through the search endpoint and the column's items
    const found = await json(await site.rest('GET', `/search?q=${encodeURIComponent('征求意见')}`))
    expect(found.docs.map((doc: Doc) => doc.id)).toEqual([notice.id])
    const items = await json(await site.rest('GET', `/columns/items?path=gsgg`))
    expect(items.docs.map((doc: Doc) => doc.id)).toEqual([notice.id])
  })

  it('numbers gazette issues and refuses a duplicate', async () => {
    const first = await site.rest('POST', '/gazette-issues', {
      token: editor.token,
      body: { year: 2026, number: 1, _status: 'published' },
    })
    expect(first.status).toBe(201)
    const issue = (await json(first)).doc
    expect(issue.title).toBe('2026年第1期（总第1期）')
    expect(issue.totalNumber).toBe(1)
    const next = (
      await json(await site.rest('POST', '/gazette-issues', { token: editor.token, body: { year: 2026, number: 2 } }))
    ).doc
    expect(next.totalNumber).toBe(2)
    const duplicate = await site.rest('POST', '/gazette-issues', {
      token: editor.token,
      body: { year: 2026, number: 2 },
    })
    expect(duplicate.status).toBe(400)
  })
})

describe('options that leave parts out', () => {
  it('adds no disabled collection and no search endpoint when told so', async () => {
    const config = await catalogueTestConfig('file:/tmp/gongkai-catalogue-unused.db', {
      collections: { gazetteIssues: false, indexNumberCounters: { enabled: false } },
      searchEndpoint: false,
    })
    const slugs = config.collections.map((collection) => collection.slug)
    expect(slugs).toEqual(expect.arrayContaining(['columns', 'notices', 'topic-categories']))
    expect(slugs).not.toContain('gazette-issues')
    expect(slugs).not.toContain('index-number-counters')
    expect(config.endpoints.map((endpoint) => endpoint.path)).not.toContain('/search')
  })

  it('takes other slugs for its collections and for the host collections it relates to', async () => {
    const config = await catalogueTestConfig('file:/tmp/gongkai-catalogue-unused.db', {
      collections: { columns: { slug: 'sections' }, notices: { slug: 'items' } },
    })
    const items = config.collections.find((collection) => (collection.slug as string) === 'items')!
    const primary = items.flattenedFields.find((field) => field.name === 'primaryColumn')
    expect(primary).toMatchObject({ relationTo: 'sections' })
    expect(config.collections.map((collection) => collection.slug)).not.toContain('columns')
  })
})
