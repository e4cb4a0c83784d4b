import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import { e2eDistDir, startSite, type RunningSite } from '../helpers/server'
import { serveFolder } from '../helpers/staticServer'

let site: RunningSite
let browser: Browser
let exportDir: string
let staticSite: { url: string; close: () => Promise<void> }
let exportOutput = ''
const apiOrigin = 'https://api.district.example'

beforeAll(async () => {
  site = await startSite()
  browser = await launchBrowser()
  exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-export-'))
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        'scripts/run-ts.mjs',
        'scripts/export.ts',
        '--from',
        site.url,
        '--out',
        exportDir,
        '--api-origin',
        apiOrigin,
        '--dist-dir',
        e2eDistDir,
        '--quiet',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } },
    )
    child.stdout.on('data', (chunk) => (exportOutput += chunk))
    child.stderr.on('data', (chunk) => (exportOutput += chunk))
    child.on('exit', resolve)
  })
  if (code !== 0) throw new Error(`export failed (${code}):\n${exportOutput}`)
  staticSite = await serveFolder(exportDir)
}, 300_000)

afterAll(async () => {
  await staticSite?.close()
  await browser?.close()
  await site?.stop()
  if (exportDir) fs.rmSync(exportDir, { recursive: true, force: true })
})

it('writes every public item, column page, gazette issue, feed and the sitemap', async () => {
  expect(exportOutput).toMatch(/export: \d+ pages/)
  // The sitemap is an index; the export holds each file it names, and each page they name.
  const index = fs.readFileSync(path.join(exportDir, 'sitemap.xml'), 'utf8')
  expect(index).toContain('<sitemapindex')
  const locs: string[] = []
  for (const file of [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)) {
    const sitemap = fs.readFileSync(path.join(exportDir, file), 'utf8')
    locs.push(...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname))
  }
  expect(locs.length).toBeGreaterThan(100)
  for (const loc of locs) {
    const file = loc === '/' ? 'index.html' : `${loc.replace(/^\//, '')}/index.html`
    expect(fs.existsSync(path.join(exportDir, file))).toBe(true)
  }
  expect(fs.readFileSync(path.join(exportDir, 'feed.xml'), 'utf8')).toContain('<rss')
  expect(fs.existsSync(path.join(exportDir, 'robots.txt'))).toBe(true)
  // The beacon and the forms point at the configured API origin.
  expect(fs.readFileSync(path.join(exportDir, 'index.html'), 'utf8')).toContain(
    `<meta name="gongkai-api" content="${apiOrigin}"`,
  )
}, 60_000)

it('serves from a plain static server with working relative links, in Chromium', async () => {
  const page = await browser.newPage()
  const failed: string[] = []
  page.on('response', (response) => {
    if (response.url().startsWith(staticSite.url) && response.status() >= 400)
      failed.push(`${response.status()} ${response.url()}`)
  })
  // Requests to the API origin (beacon) cannot leave this machine; answer them locally.
  await page.route(`${apiOrigin}/**`, (route) => route.fulfill({ status: 202, body: '' }))
  await page.goto(`${staticSite.url}/index.html`)
  const columnLink = page.locator('nav.site-nav a[href^="columns/"]').first()
  await columnLink.click()
  await page.waitForLoadState('load')
  expect(page.url()).toMatch(/\/columns\/.+\/index\.html$/)
  await page.locator('main .item-list a').first().click()
  await page.waitForLoadState('load')
  expect(page.url()).toMatch(/\/notices\/\d+\/index\.html$/)
  expect(await page.locator('table.meta-table').textContent()).toContain('索引号')
  // Every link on the item page resolves inside the export.
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
  for (const href of hrefs.filter((h) => h.startsWith(staticSite.url))) {
    const response = await fetch(href.split('#')[0].split('?')[0])
    expect(`${response.status} ${href}`).toBe(`200 ${href}`)
  }
  await page.goto(`${staticSite.url}/feed.xml`)
  expect(await page.content()).toContain('rss')
  expect(failed).toEqual([])
  await page.close()
}, 120_000)

it('searches the exported items with the Pagefind index: simplified and traditional queries, zero results', async () => {
  expect(exportOutput).toMatch(/search index of [1-9]\d* items/)
  expect(fs.existsSync(path.join(exportDir, 'pagefind', 'pagefind.js'))).toBe(true)
  // A known exported item, and every item that shares its title (any of them may come first).
  const titleOf = (id: string) =>
    /<h1 id="item-title">([^<]+)<\/h1>/.exec(
      fs.readFileSync(path.join(exportDir, 'notices', id, 'index.html'), 'utf8'),
    )?.[1]
  const ids = fs.readdirSync(path.join(exportDir, 'notices')).filter((name) => /^\d+$/.test(name))
  const known = ids.find((id) => (titleOf(id) ?? '').length >= 8)!
  const title = titleOf(known)!
  const sameTitle = ids.filter((id) => titleOf(id) === title).map((id) => `/notices/${id}/index.html`)

  const page = await browser.newPage()
  const apiCalls: string[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(apiOrigin)) apiCalls.push(request.url())
  })
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
  await page.route(`${apiOrigin}/**`, (route) => route.fulfill({ status: 202, body: '' }))
  const results = async (query: string) => {
    await page.goto(`${staticSite.url}/search/index.html?q=${encodeURIComponent(query)}`)
    await page.waitForSelector('#search-total', { timeout: 30_000 }).catch(async (error: Error) => {
      throw new Error(`${error.message}\n${problems.join('\n')}\n${await page.locator('main').innerText()}`)
    })
    return page
      .locator('#search-results li > span > a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
  }
  const found = await results(title)
  expect(sameTitle).toContain(found[0])
  expect(Number(await page.locator('#search-total').textContent())).toBeGreaterThan(0)
  expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0)
  // The filters need the API: hidden in the export.
  expect(await page.locator('#search-filters').isVisible()).toBe(false)
  // The result opens the exported item page.
  await page.locator('#search-results li > span > a').first().click()
  await page.waitForLoadState('load')
  expect(await page.locator('#item-title').textContent()).toBe(title)

  // Traditional characters fold to simplified before the index is asked.
  const { Converter } = await import('opencc-js/cn2t')
  const traditional = Converter({ from: 'cn', to: 'tw' })(title)
  expect(traditional).not.toBe(title)
  expect(sameTitle).toContain((await results(traditional))[0])

  // Nothing found: a clear message.
  expect(await results('xqzvwkj')).toEqual([])
  expect(await page.locator('#search-empty').textContent()).toContain('没有找到')
  expect(await page.locator('#search-total').textContent()).toBe('0')
  expect(apiCalls.filter((url) => url.includes('/api/search'))).toEqual([])
  await page.close()
}, 120_000)
