/**
 * `npm run screenshots`: the home, column and item pages (desktop and phone) into
 * docs/screenshots/, from the e2e build (`npm run build:e2e`) on freshly seeded demo content.
 */
import path from 'node:path'

import { launchBrowser } from '../tests/helpers/browser'
import { startSite } from '../tests/helpers/server'

const out = path.resolve('docs/screenshots')
const site = await startSite({}, { fresh: true })
const browser = await launchBrowser()
try {
  const sitemap = await (await fetch(`${site.url}/sitemap.xml`)).text()
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
  const item = paths.find((p) => p.startsWith('/notices/'))!
  const shots: [string, string, number][] = [
    ['home', '/', 1280],
    ['column', '/columns/tzgg', 1280],
    ['item', item, 1280],
    ['home-phone', '/', 390],
  ]
  for (const [name, url, width] of shots) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 })
    await page.goto(site.url + url, { waitUntil: 'load' })
    await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: width > 500 ? false : true })
    await page.close()
    console.log(`docs/screenshots/${name}.png ← ${url}`)
  }
} finally {
  await browser.close()
  await site.stop()
}
