import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startSite, type RunningSite } from '../helpers/server'
import { siteApi, type SiteApi } from '../helpers/siteApi'

/**
 * HTTP caching on the production server (`npm start`): anonymous REST reads answered from
 * memory with validators, never a signed-in or draft read, and targeted invalidation, by which
 * a publish refreshes the answers and pages it affects and leaves the other columns' pages
 * cached.
 */
let site: RunningSite
let api: SiteApi

beforeAll(async () => {
  // No job runner: the demo content's overdue scheduled item would publish itself mid-case.
  site = await startSite({ JOBS_AUTORUN: 'false' })
  api = siteApi(site.url, site.password)
}, 240_000)
afterAll(async () => {
  await site?.stop()
})

const get = (path: string, headers: Record<string, string> = {}) => fetch(site.url + path, { headers })

type Doc = { id: number; title: string; primaryColumn: number | { id: number } }
const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Reads a page until the page cache answers it. The page cache keeps only answers Next.js
 * rendered or served fresh (not a STALE copy it is re-rendering in the background), so right
 * after the server starts or a change lands the first reads may not be kept; within 5 s one is.
 */
async function cachedPage(path: string): Promise<Response> {
  let last: Response | undefined
  await until(async () => {
    last = await get(path)
    return last.headers.get('x-gongkai-cache') === 'HIT'
  }, `${path} served from the page cache`)
  return last!
}

/** Two published notices in two different columns, read as the public. */
async function twoColumns(): Promise<{ a: Doc; b: Doc }> {
  const response = await get('/api/notices?limit=100&depth=0&select[title]=true&select[primaryColumn]=true')
  const { docs } = (await response.json()) as { docs: Doc[] }
  const a = docs[0]
  const b = docs.find((doc) => idOf(doc.primaryColumn) !== idOf(a.primaryColumn))
  if (!b) throw new Error('the demo content has notices in one column only')
  return { a, b }
}

describe('anonymous API reads', () => {
  it('are answered from memory with an ETag, and a client holding it gets a 304', async () => {
    const { a } = await twoColumns()
    const path = `/api/notices/${a.id}?depth=0`
    const first = await get(path)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(first.headers.get('vary')).toMatch(/Cookie/)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]+"$/)
    const body = await first.text()

    const second = await get(path)
    expect(second.headers.get('x-gongkai-cache')).toBe('HIT')
    expect(second.headers.get('etag')).toBe(etag)
    expect(await second.text()).toBe(body)

    const revalidated = await get(path, { 'if-none-match': etag! })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
    expect(revalidated.headers.get('etag')).toBe(etag)
    expect((await get(path, { 'if-none-match': '"not-this-one"' })).status).toBe(200)
  })

  it('are never shared with or by a signed-in reader, nor for a draft read', async () => {
    const { a } = await twoColumns()
    const path = `/api/notices/${a.id}?depth=0`
    await get(path)
    const anonymous = await (await get(path)).text()
    const editor = await api.token('editor@example.com')
    const credentials: Record<string, string>[] = [
      { authorization: `JWT ${editor}` },
      { cookie: `payload-token=${editor}` },
    ]
    for (const headers of credentials) {
      const signedIn = await get(path, headers)
      expect(signedIn.status).toBe(200)
      expect(signedIn.headers.get('x-gongkai-cache')).toBeNull()
      expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
    }
    const draft = await get(`${path}&draft=true`)
    expect(draft.headers.get('x-gongkai-cache')).toBeNull()
    expect(draft.headers.get('cache-control')).toBe('private, no-store')
    // The signed-in and draft reads left the public's answer as it was.
    const again = await get(path)
    expect(again.headers.get('x-gongkai-cache')).toBe('HIT')
    expect(await again.text()).toBe(anonymous)
  })

  it('and cached pages answer a client holding them with a 304', async () => {
    const cached = await cachedPage('/guide')
    const etag = cached.headers.get('etag')
    expect(etag).toBeTruthy()
    const revalidated = await get('/guide', { 'if-none-match': etag! })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
  })

  it('take select and populate (docs/api.md), and never return a field the public may not read', async () => {
    const { a } = await twoColumns()
    const hidden = '&select[editorNotes]=true&select[bodyText]=true&select[workflow]=true'
    const flat = (await (await get(`/api/notices/${a.id}?depth=0&select[title]=true${hidden}`)).json()) as object
    expect(Object.keys(flat).sort()).toEqual(['id', 'title'])
    const populated = (await (
      await get(`/api/notices/${a.id}?depth=1&select[primaryColumn]=true&populate[columns][name]=true`)
    ).json()) as { primaryColumn: object }
    expect(Object.keys(populated.primaryColumn).sort()).toEqual(['id', 'name'])
  })

  it('do not keep answers that are not a plain 200 read', async () => {
    for (let n = 0; n < 2; n += 1) {
      const missing = await get('/api/notices/999999999?depth=0')
      expect(missing.status).toBe(404)
      expect(missing.headers.get('x-gongkai-cache')).toBeNull()
    }
    const malformed = await get('/api/notices?where[title][nonsense]=1')
    expect(malformed.status).toBeGreaterThanOrEqual(400)
    expect(malformed.status).toBeLessThan(500)
    expect((await get('/api/notices?where[title][nonsense]=1')).headers.get('x-gongkai-cache')).toBeNull()
  })
})

describe('a publish', () => {
  it('refreshes the cached answers and pages it affects at once, and leaves other columns cached', async () => {
    const { a, b } = await twoColumns()
    const columnOf = async (doc: Doc) => {
      const column = (await (await get(`/api/columns/${idOf(doc.primaryColumn)}?depth=0`)).json()) as { path: string }
      return `/columns/${column.path}`
    }
    const [pageA, pageB] = [await columnOf(a), await columnOf(b)]
    const item = `/api/notices/${a.id}?depth=0`
    const listA = `/api/notices?depth=0&limit=5&where[primaryColumn][equals]=${idOf(a.primaryColumn)}`
    const itemB = `/api/notices/${b.id}?depth=0`
    for (const path of [item, listA, itemB]) {
      await get(path)
      expect(`${path} ${(await get(path)).headers.get('x-gongkai-cache')}`).toBe(`${path} HIT`)
    }
    for (const path of [pageA, pageB]) await cachedPage(path)

    const title = `缓存失效测试${Date.now().toString(36)}`
    await api.publishThroughWorkflow('notices', a.id, { title })
    const published = Date.now()
    await until(async () => ((await (await get(item)).json()) as Doc).title === title, 'the item answer changing')
    await until(async () => (await (await get(listA)).text()).includes(title), 'the column list answer changing')
    await until(async () => (await (await get(pageA)).text()).includes(title), 'the column page changing')
    expect(Date.now() - published).toBeLessThan(5_000)

    // The other column's page and item were not touched by the publish.
    expect((await get(pageB)).headers.get('x-gongkai-cache')).toBe('HIT')
    expect((await get(itemB)).headers.get('x-gongkai-cache')).toBe('HIT')
  })

  it('drops a withdrawn item from the anonymous answers', async () => {
    const { a } = await twoColumns()
    const item = `/api/notices/${a.id}?depth=0`
    await get(item)
    expect((await get(item)).headers.get('x-gongkai-cache')).toBe('HIT')
    const admin = await api.token('admin@example.com')
    const removed = await api.call('POST', `/notices/${a.id}/workflow/withdraw`, admin, {
      mode: 'removed',
      reason: '测试撤下后接口缓存失效',
    })
    expect(removed.status).toBe(200)
    await until(async () => (await get(item)).status === 404, 'the removed item leaving the API')
  })
})
