import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page, Request } from 'playwright-core'

import { seriousViolations } from '../helpers/axe'
import { launchBrowser } from '../helpers/browser'
import { startSite, type RunningSite } from '../helpers/server'
import { siteApi, type SiteApi } from '../helpers/siteApi'

let site: RunningSite
let browser: Browser
let page: Page
/** Staff REST calls; signs each account in once for the whole file. */
let api: SiteApi

beforeAll(async () => {
  site = await startSite()
  browser = await launchBrowser()
  api = siteApi(site.url, site.password)
}, 240_000)
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

async function open(path: string) {
  page = await browser.newPage()
  const response = await page.goto(site.url + path, { waitUntil: 'load' })
  return response
}

const firstHref = (selector: string) => page.locator(selector).first().getAttribute('href')

/** Chromium does not hand a beacon's body to the page's request events; the test route records it. */
const beaconBodies = new Map<string, unknown>()
const beaconBody = (request: Request) => beaconBodies.get(request.url()) ?? {}

describe('reading the site', () => {
  it('goes from the home page to a column and to an item with its catalogue data', async () => {
    const response = await open('/')
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
    const columnLink = await firstHref('nav.site-nav a[href^="/columns/"]')
    expect(columnLink).toBeTruthy()
    const beacon = () =>
      new Promise<Request>((resolve) => {
        void page.route('**/api/hits', async (route) => {
          const request = route.request()
          beaconBodies.set(request.url(), JSON.parse(request.postDataBuffer()?.toString('utf8') || '{}'))
          await route.continue()
          await page.unroute('**/api/hits')
          resolve(request)
        })
      })
    const columnBeacon = beacon()
    await page.click(`nav.site-nav a[href="${columnLink}"]`)
    await page.waitForURL(`**${columnLink}`)
    // Every column and item page reports its view to the hit counter.
    expect(beaconBody(await columnBeacon)).toHaveProperty('column')
    expect(await page.locator('nav.breadcrumbs').textContent()).toContain('首页')
    const itemLink = await firstHref('main .item-list a[href^="/notices/"]')
    expect(itemLink).toBeTruthy()
    const itemBeacon = beacon()
    await page.click(`main .item-list a[href="${itemLink}"]`)
    await page.waitForURL(`**${itemLink}`)
    expect(JSON.parse((await itemBeacon).postData() ?? '{}')).toMatchObject({
      item: Number(itemLink!.split('/').pop()),
    })
    const table = await page.locator('table.meta-table').textContent()
    for (const label of ['索引号', '主题分类', '发布机构', '成文日期', '发文字号', '发布日期'])
      expect(table).toContain(label)
    expect(await page.locator('h1').textContent()).toBeTruthy()
    await page.close()
  }, 120_000)

  it('answers 404 for an unknown item and an unknown page', async () => {
    expect((await fetch(`${site.url}/notices/99999999`)).status).toBe(404)
    expect((await fetch(`${site.url}/no-such-page`)).status).toBe(404)
  })

  it('reads a gazette issue with its contents grouped by section', async () => {
    await open('/gazette')
    const issue = (await page
      .locator('main a[href^="/gazette/"]')
      .evaluateAll((links) =>
        links.map((link) => link.getAttribute('href')).find((href) => /^\/gazette\/\d{4}\/\d+$/.test(href ?? '')),
      )) as string
    await page.goto(site.url + issue)
    expect(await page.locator('h2').allTextContents()).toContain('目录')
    expect(await page.locator('main h3').count()).toBeGreaterThan(0)
    await page.close()
  }, 60_000)

  it('searches Chinese text and finds items', async () => {
    await open('/search?q=%E9%80%9A%E7%9F%A5')
    await page.waitForSelector('#search-results li', { timeout: 30_000 })
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0)
    await page.close()
  }, 60_000)

  it('switches to elder mode and Traditional script, and remembers both', async () => {
    await open('/')
    await page.click('#toggle-elder')
    expect(await page.getAttribute('html', 'class')).toContain('elder')
    const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
    expect(parseFloat(size)).toBeGreaterThan(16)
    await page.click('#toggle-script')
    await page.waitForFunction(() => document.body.textContent?.includes('首頁'))
    await page.reload()
    expect(await page.getAttribute('html', 'class')).toContain('elder')
    await page.waitForFunction(() => document.body.textContent?.includes('首頁'))
    await page.close()
  }, 60_000)
})

describe('leadership mailboxes', () => {
  it('writes a letter, gets a number and query code once, and tracks it', async () => {
    await open('/mailboxes')
    const mailboxLink = await firstHref('main a.button[href^="/mailboxes/"]')
    await page.goto(site.url + mailboxLink)
    await page.selectOption('#letter-category', 'suggestion')
    await page.fill('#letter-subject', '建议增加社区公交线路')
    await page.fill(
      '#letter-content',
      '我是新城社区居民，社区到地铁站没有公交线路，出行很不方便，建议增加一条接驳线路。',
    )
    await page.fill('#letter-name', '王小明')
    await page.fill('#letter-phone', '13812345678')
    await page.click('#letter-submit')
    // The browser solves the proof-of-work first (seconds on an idle machine, much longer on a
    // loaded one); a refusal shows in the form's alert and fails with its words.
    await page.waitForFunction(
      () =>
        document.querySelector('#letter-receipt') ||
        document.querySelector('form [role="alert"].error-text')?.textContent?.trim(),
      null,
      { timeout: 150_000 },
    )
    if (!(await page.locator('#letter-receipt').count()))
      throw new Error(`letter refused: ${await page.locator('form [role="alert"]').textContent()}`)
    const number = (await page.locator('#receipt-number').textContent())!.trim()
    const code = (await page.locator('#receipt-code').textContent())!.trim()
    expect(number).toMatch(/^\d{4}-\d{6}$/)
    expect(code.length).toBeGreaterThanOrEqual(16)

    await page.goto(`${site.url}/mailboxes/track`)
    await page.fill('#track-number', number)
    await page.fill('#track-code', code)
    await page.click('#track-submit')
    await page.waitForSelector('#track-result')
    expect(await page.locator('#track-state').textContent()).toBe('已收到')
    await page.close()
  }, 240_000)
})

describe('accessibility', () => {
  const templates = [
    '/',
    'column',
    'item',
    '/gazette',
    'issue',
    '/mailboxes',
    'mailbox',
    '/mailboxes/track',
    '/search?q=通知',
    '/guide',
    '/no-such-page',
  ]
  it.each(templates)(
    '%s passes axe with no serious or critical violations',
    async (template) => {
      let path = template
      if (!template.startsWith('/')) {
        // The sitemap is an index of sitemap files: the pages, then the items.
        const index = await (await fetch(`${site.url}/sitemap.xml`)).text()
        const locs: string[] = []
        for (const file of [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)) {
          const sitemap = await (await fetch(site.url + file)).text()
          locs.push(...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname))
        }
        path =
          template === 'column'
            ? locs.find((p) => p.startsWith('/columns/'))!
            : template === 'item'
              ? locs.find((p) => p.startsWith('/notices/'))!
              : template === 'issue'
                ? locs.find((p) => /^\/gazette\/\d{4}\/\d+$/.test(p))!
                : await (async () => {
                    await open('/mailboxes')
                    const href = await firstHref('main a.button[href^="/mailboxes/"]')
                    await page.close()
                    return href!
                  })()
      }
      await open(path)
      await page.waitForTimeout(300)
      const violations = await seriousViolations(page)
      expect(violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.slice(0, 3))}`)).toEqual([])
      // Keyboard: the first Tab reaches the skip link, and it is visibly focused.
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link')
      await page.close()
    },
    60_000,
  )
})

describe('the page cache of the production server', () => {
  /** A raw GET: fetch would send its own Accept-Encoding and decode the body. */
  const rawGet = (path: string, headers: http.OutgoingHttpHeaders = {}) =>
    new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(site.url + path, { headers }, (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }))
        })
        .on('error', reject)
    })

  it('serves made-up query strings and look-alike cookies the cached page, a session never', async () => {
    await rawGet('/guide')
    expect((await rawGet('/guide')).headers['x-gongkai-cache']).toBe('HIT')
    expect((await rawGet(`/guide?utm_source=${Date.now()}`)).headers['x-gongkai-cache']).toBe('HIT')
    expect((await rawGet('/guide', { cookie: 'my-payload-token-pref=1' })).headers['x-gongkai-cache']).toBe('HIT')
    expect((await rawGet('/guide', { cookie: 'payload-token=x' })).headers['x-gongkai-cache']).toBeUndefined()
  })

  it('gives a client only a coding it asked for', async () => {
    const deflated = await rawGet('/gazette', { 'accept-encoding': 'deflate' })
    const plain = await rawGet('/gazette', { 'accept-encoding': 'identity' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString('utf8')).toContain('</html>')
    expect(deflated.headers['content-encoding'] ?? 'identity').not.toBe('gzip')
  })
})

describe('freshness: what the public sees, and only that', () => {
  const waitForPage = async (url: string, predicate: (html: string, status: number) => boolean, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const response = await fetch(url)
      const html = await response.text()
      if (predicate(html, response.status)) return Date.now()
      if (Date.now() > deadline)
        throw new Error(`${url} did not change within ${timeoutMs} ms (status ${response.status})`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  it('never shows a draft or an unpublished change on any page, feed, sitemap or search result', async () => {
    const editor = await api.token('editor@example.com')
    const { body: list } = await api.call('GET', '/notices?limit=1&depth=0&where[_status][equals]=published', editor)
    const published = list.docs[0]
    const columnId = typeof published.primaryColumn === 'object' ? published.primaryColumn.id : published.primaryColumn
    const department = typeof published.department === 'object' ? published.department.id : published.department
    const marker = `草稿不应公开${Date.now().toString(36)}`
    const created = await api.call('POST', '/notices', editor, {
      title: marker,
      type: 'notification',
      primaryColumn: columnId,
      department,
      disclosureMode: 'proactive',
    })
    expect(created.status).toBe(201)
    // An unpublished change to a published item stays invisible too.
    const draftEdit = await api.call('PATCH', `/notices/${published.id}`, editor, {
      title: `${published.title}${marker}`,
    })
    expect(draftEdit.status).toBe(200)
    const { body: column } = await api.call('GET', `/columns/${columnId}`, editor)
    for (const path of [
      '/',
      `/columns/${column.path}`,
      `/notices/${published.id}`,
      '/feed.xml',
      `/feeds/${column.path}.xml`,
      '/sitemap.xml',
      '/sitemaps/pages.xml',
      '/sitemaps/notices-1.xml',
    ]) {
      const html = await (await fetch(site.url + path)).text()
      expect(`${path}: ${html.includes(marker)}`).toBe(`${path}: false`)
    }
    expect((await fetch(`${site.url}/notices/${created.body.doc.id}`)).status).toBe(404)
    const search = await (await fetch(`${site.url}/api/search?q=${encodeURIComponent(marker)}`)).json()
    expect(search.totalDocs).toBe(0)
  }, 60_000)

  it('shows a renamed department and column on pages that were cached before the change', async () => {
    // Department, topic and column names are shared across requests (src/lib/site/sharedData.ts):
    // a change must reach pages at once, not after the shared copy expires.
    const admin = await api.token('admin@example.com')
    const { body: list } = await api.call('GET', '/notices?limit=1&depth=1&where[_status][equals]=published', admin)
    const item = list.docs[0]
    const url = `${site.url}/notices/${item.id}`
    await waitForPage(url, (html) => html.includes(item.department.name)) // cached now
    const departmentName = `${item.department.name}（更名${Date.now().toString(36)}）`
    const renamed = await api.call('PATCH', `/departments/${item.department.id}`, admin, { name: departmentName })
    expect(renamed.status).toBe(200)
    await waitForPage(url, (html) => html.includes(departmentName), 5_000)

    const column = item.primaryColumn
    const columnName = `${column.name}更名${Date.now().toString(36)}`
    expect((await api.call('PATCH', `/columns/${column.id}`, admin, { name: columnName })).status).toBe(200)
    await waitForPage(url, (html) => html.includes(columnName), 5_000)
    await api.call('PATCH', `/columns/${column.id}`, admin, { name: column.name })
    await api.call('PATCH', `/departments/${item.department.id}`, admin, { name: item.department.name })
  }, 60_000)

  it('shows a published edit after revalidation, a withdrawal banner, and 410 for a removed item', async () => {
    const editor = await api.token('editor@example.com')
    const { body: list } = await api.call(
      'GET',
      '/notices?limit=2&depth=0&where[_status][equals]=published&sort=-publishedAt',
      editor,
    )
    const [first, second] = list.docs
    const url = `${site.url}/notices/${first.id}`
    const { body: column } = await api.call('GET', `/columns/${first.primaryColumn}?depth=0`, editor)
    const listUrl = `${site.url}/columns/${column.path}`
    // Cached now: the item, the list of its column and the home page.
    for (const page of [url, listUrl, `${site.url}/`]) await waitForPage(page, (_html, status) => status === 200)
    const marker = `（已更新${Date.now().toString(36)}）`
    const publishedAt = await api.publishThroughWorkflow('notices', first.id, { title: `${first.title}${marker}` })
    const seenAt = await waitForPage(url, (html) => html.includes(marker), 5_000)
    expect(seenAt - publishedAt).toBeLessThan(5_000)
    // The lists that show the item change with it (Next.js serves the first request after a
    // revalidation from the old copy while it renders anew, hence the short wait).
    await waitForPage(listUrl, (html) => html.includes(marker), 5_000)

    const admin = await api.token('admin@example.com')
    const explanation = '因政策调整，本通知撤回，以新发布的通知为准。'
    const withdrawn = await api.call('POST', `/notices/${first.id}/workflow/withdraw`, admin, {
      mode: 'withdrawn',
      reason: explanation,
    })
    expect(withdrawn.status).toBe(200)
    await waitForPage(url, (html) => html.includes('本信息已撤回') && html.includes(explanation))

    const removed = await api.call('POST', `/notices/${second.id}/workflow/withdraw`, admin, {
      mode: 'removed',
      reason: '涉及个人隐私，撤销公开。',
    })
    expect(removed.status).toBe(200)
    await waitForPage(`${site.url}/notices/${second.id}`, (_html, status) => status === 410)
  }, 60_000)
})
