import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Column, Department, Notice } from '../../payload-types'
import { seedPublishedAtKey } from '../../plugins/disclosure-catalogue'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { contentOnlyConfig, lexicalBody, makeColumn, makeDepartment } from './content-fixtures'

let site: TestSite
let environment: Department
let education: Department
let root: Column
let child: Column
let grandchild: Column
let other: Column

const notices: Record<string, Notice> = {}

async function publish(key: string, publishedAt: string, data: Partial<Notice>, draft = false) {
  notices[key] = await site.payload.create({
    collection: 'notices',
    data: {
      type: 'announcement',
      primaryColumn: root.id,
      department: environment.id,
      _status: draft ? 'draft' : 'published',
      ...data,
    } as Notice,
    draft,
    overrideAccess: true,
    context: { [seedPublishedAtKey]: publishedAt },
  })
}

beforeAll(async () => {
  site = await startTestSite({ config: contentOnlyConfig })
  environment = await makeDepartment(site, '生态环境分局')
  education = await makeDepartment(site, '教育局')
  root = await makeColumn(site, { name: '政务公开', slug: 'zwgk', kind: 'guide' })
  child = await makeColumn(site, { name: '部门信息', slug: 'bmxx', parent: root.id })
  grandchild = await makeColumn(site, { name: '教育', slug: 'jy', parent: child.id })
  other = await makeColumn(site, { name: '人事信息', slug: 'rsxx' })
  await publish('titleOld', '2025-03-01T02:00:00.000Z', { title: '关于垃圾分类工作的通知', type: 'notification' })
  await publish('titleNew', '2026-02-01T02:00:00.000Z', {
    title: '垃圾分类示范小区名单公示',
    type: 'publicity',
    primaryColumn: child.id,
  })
  await publish('summary', '2026-03-01T02:00:00.000Z', { title: '城市管理工作要点', summary: '推进生活垃圾分类和减量' })
  await publish('body', '2026-04-01T02:00:00.000Z', {
    title: '街道环境整治方案',
    body: lexicalBody('各街道要落实垃圾分类投放点建设'),
    primaryColumn: grandchild.id,
    department: education.id,
  })
  await publish('docNumber', '2025-12-31T17:00:00.000Z', {
    title: '示范区生态环境保护规定',
    type: 'normative',
    documentNumber: '示环发〔2026〕3号',
    validity: { status: 'abolished', changedOn: '2026-05-01T00:00:00.000Z' },
    columns: [other.id],
  })
  await publish('draft', '2026-05-01T02:00:00.000Z', { title: '垃圾分类草稿' }, true)
  await publish('private', '2026-05-01T02:00:00.000Z', { title: '垃圾分类内部信息', disclosureMode: 'not-disclosed' })
})
afterAll(async () => site?.close())

const get = async (path: string) => {
  const response = await site.rest('GET', path)
  return {
    status: response.status,
    body: (await response.json()) as { docs: Notice[]; totalDocs: number; errors?: unknown },
  }
}
const ids = (docs: Notice[]) => docs.map((doc) => doc.id)
const q = (term: string, extra = '') => `/search?q=${encodeURIComponent(term)}${extra}`

describe('GET /api/search', () => {
  it('matches Chinese words in title, summary, body and document number; title matches first, then summary, then body', async () => {
    const { status, body } = await get(q('垃圾分类'))
    expect(status).toBe(200)
    // Relevance ranking (plugins/site-search): title > document number > summary > body.
    expect(ids(body.docs).slice(0, 2).sort()).toEqual([notices.titleNew.id, notices.titleOld.id].sort())
    expect(ids(body.docs).slice(2)).toEqual([notices.summary.id, notices.body.id])
    expect(body.totalDocs).toBe(4)
    expect((await get(q('环发〔2026〕'))).body.docs.map((doc) => doc.title)).toEqual(['示范区生态环境保护规定'])
  })

  it('pages through title matches and then the rest without gaps or repeats', async () => {
    const pages = []
    for (const page of [1, 2, 3]) pages.push(...ids((await get(q('垃圾分类', `&limit=1&page=${page}`))).body.docs))
    for (const page of [4]) pages.push(...ids((await get(q('垃圾分类', `&limit=1&page=${page}`))).body.docs))
    expect(pages).toEqual(ids((await get(q('垃圾分类'))).body.docs))
    expect(new Set(pages).size).toBe(4)
    const odd = [
      ...ids((await get(q('垃圾分类', '&limit=3&page=1'))).body.docs),
      ...ids((await get(q('垃圾分类', '&limit=3&page=2'))).body.docs),
    ]
    expect(odd).toEqual(pages)
  })

  it('returns only public items', async () => {
    const { body } = await get(q('垃圾分类', '&limit=100'))
    expect(ids(body.docs)).not.toContain(notices.draft.id)
    expect(ids(body.docs)).not.toContain(notices.private.id)
  })

  it('applies the list filters', async () => {
    expect(ids((await get(q('垃圾分类', '&type=publicity'))).body.docs)).toEqual([notices.titleNew.id])
    expect(ids((await get(q('垃圾分类', `&department=${education.id}`))).body.docs)).toEqual([notices.body.id])
    expect(ids((await get(q('垃圾分类', '&from=2026-01-01&to=2026-02-28'))).body.docs)).toEqual([notices.titleNew.id])
    // 2025-12-31T17:00Z is 2026-01-01 in Asia/Shanghai: date filters use the site's calendar
    expect(ids((await get(q('规定', '&from=2026-01-01&to=2026-01-01'))).body.docs)).toEqual([notices.docNumber.id])
    expect(ids((await get(q('规定', '&validity=abolished'))).body.docs)).toEqual([notices.docNumber.id])
  })

  it('answers 400 naming the parameter for bad input', async () => {
    for (const [path, name] of [
      ['/search', 'q'],
      [q('字'.repeat(51)), 'q'],
      [q('垃圾', '&limit=1000'), 'limit'],
      [q('垃圾', '&page=0'), 'page'],
      [q('垃圾', '&type=rumour'), 'type'],
      [q('垃圾', '&from=yesterday'), 'from'],
    ] as const) {
      const { status, body } = await get(path)
      expect(status).toBe(400)
      expect(JSON.stringify(body)).toContain(name)
    }
  })
})

describe('column lists', () => {
  it('lists a column’s items, with descendant columns when asked, newest first', async () => {
    const own = await get(`/columns/${root.id}/items`)
    expect(own.status).toBe(200)
    expect(ids(own.body.docs)).toEqual([notices.summary.id, notices.docNumber.id, notices.titleOld.id])
    const all = await get(`/columns/${root.id}/items?includeDescendants=true`)
    expect(ids(all.body.docs)).toEqual([
      notices.body.id,
      notices.summary.id,
      notices.titleNew.id,
      notices.docNumber.id,
      notices.titleOld.id,
    ])
    const byPath = await get('/columns/items?path=zwgk/bmxx&includeDescendants=true')
    expect(ids(byPath.body.docs)).toEqual([notices.body.id, notices.titleNew.id])
    expect(ids((await get(`/columns/${other.id}/items`)).body.docs)).toEqual([notices.docNumber.id])
    expect(
      ids(
        (await get(`/columns/${root.id}/items?type=normative&documentNumber=${encodeURIComponent('环发')}`)).body.docs,
      ),
    ).toEqual([notices.docNumber.id])
    expect((await get('/columns/items?path=nope')).status).toBe(404)
  })

  it('filters gazette issues by year and number through the standard where syntax', async () => {
    await site.payload.create({
      collection: 'gazette-issues',
      data: { year: 2026, number: 1, totalNumber: 10, _status: 'published' },
      overrideAccess: true,
    })
    await site.payload.create({
      collection: 'gazette-issues',
      data: { year: 2026, number: 2, _status: 'published' },
      overrideAccess: true,
    })
    const response = await site.rest('GET', '/gazette-issues?where[year][equals]=2026&where[number][equals]=2')
    const body = (await response.json()) as { docs: { totalNumber: number }[] }
    expect(body.docs.map((doc) => doc.totalNumber)).toEqual([11])
  })
})
