import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import sharp from 'sharp'

import { startNginx, type RunningNginx } from '../helpers/nginx'
import { startObjectStore, type ObjectStore } from '../helpers/objectStore'
import postgresGlobalSetup from '../helpers/postgresGlobalSetup'
import postgresGlobalTeardown from '../helpers/postgresGlobalTeardown'
import { startSite, type RunningSite } from '../helpers/server'
import { postLetter, sendHit, solvedChallengeAt } from '../helpers/publicForms'
import { publicNotice as publicNoticeAt, siteApi, type SiteApi } from '../helpers/siteApi'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

/**
 * The deployment of docs/production.md on loopback: PostgreSQL (the configured server or one
 * from npm), media in an S3-compatible bucket (s3rver, a test double), two production servers
 * (`npm start`) on them, and Debian's nginx with
 * deploy/nginx/gongkai.conf in front. `lb` balances over both instances as shipped (pages are
 * cached by the instances, not by nginx); `viaA` and `viaB` are the same configuration with its
 * opt-in page cache over one instance each, so that a page is known to come from that instance
 * through nginx's cache. Changes are made on A; every check reads through nginx, whose cached
 * copy must not hide a change for more than 5 s.
 */
let database: TestDatabase
let store: ObjectStore
let a: RunningSite
let b: RunningSite
let lb: RunningNginx
let viaA: RunningNginx
let viaB: RunningNginx
let api: SiteApi

// One secret, as instances of one site share it: a session made on A is valid on B.
const shared = { TRUSTED_PROXIES: '127.0.0.1', PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex') }

beforeAll(async () => {
  await postgresGlobalSetup()
  database = await createTestDatabase('postgres')
  // Media in one bucket for both instances (s3rver, an S3 test double on loopback).
  store = await startObjectStore()
  a = await startSite({ ...shared, ...store.env }, { fresh: true, database })
  b = await startSite({ ...shared, ...store.env, SEED_ON_START: 'false', DEMO_PASSWORD: a.password }, { database })
  // The configuration as shipped (pages left to the instances' page cache) balancing over both,
  // and its opt-in page cache in front of each instance.
  lb = await startNginx({ upstreams: [a.port, b.port] })
  viaA = await startNginx({ upstreams: [a.port], pageCache: true })
  viaB = await startNginx({ upstreams: [b.port], pageCache: true })
  api = siteApi(a.url, a.password)
}, 420_000)
afterAll(async () => {
  for (const proxy of [lb, viaA, viaB]) await proxy?.stop()
  await b?.stop()
  await a?.stop()
  await database?.drop()
  await store?.stop()
  await postgresGlobalTeardown()
})

function logs() {
  return `\nA:\n${a.output().slice(-2000)}\nB:\n${b.output().slice(-2000)}\nnginx:\n${lb.errors().slice(-1000)}`
}

async function within5s(what: string, check: () => Promise<boolean>) {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > 5_000) throw new Error(`${what} did not happen within 5 s${logs()}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const html = async (proxy: RunningNginx, path: string) => (await fetch(proxy.url + path)).text()

/** Reads the page twice through nginx: the second answer must come from nginx's cache. */
async function cachedThrough(proxy: RunningNginx, path: string) {
  await fetch(proxy.url + path).then((response) => response.arrayBuffer())
  const response = await fetch(proxy.url + path)
  await response.arrayBuffer()
  expect(`${path} ${response.headers.get('x-cache-status')}`).toBe(`${path} HIT`)
}

const publicNotice = (skip: number[] = []) => publicNoticeAt(lb.url, skip)

describe('two instances behind nginx', () => {
  it('gives public pages a short shared lifetime and personal answers none', async () => {
    const { columnPath } = await publicNotice()
    const response = await fetch(lb.url + columnPath)
    await response.arrayBuffer()
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=2, stale-while-revalidate=1/)
    expect(response.headers.get('etag')).toBeTruthy()
    expect(response.headers.get('last-modified')).toBeTruthy()
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i)
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/)
    // As shipped, nginx keeps no pages (the instances' page cache does): no cache status.
    expect(response.headers.get('x-cache-status')).toBeNull()
    const admin = await api.token('admin@example.com')
    const signedIn = await fetch(lb.url + columnPath, { headers: { cookie: `payload-token=${admin}` } })
    await signedIn.arrayBuffer()
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
    // With nginx's page cache on, a signed-in reader still goes past it.
    await cachedThrough(viaA, columnPath)
    const signedInCached = await fetch(viaA.url + columnPath, { headers: { cookie: `payload-token=${admin}` } })
    await signedInCached.arrayBuffer()
    expect(signedInCached.headers.get('x-cache-status')).toBe('BYPASS')
    // Static assets are kept for a year.
    const script = /\/_next\/static\/[^"]+\.js/.exec(await html(lb, columnPath))?.[0]
    expect(script).toBeTruthy()
    await fetch(lb.url + script).then((r) => r.arrayBuffer())
    const asset = await fetch(lb.url + script)
    await asset.arrayBuffer()
    expect([asset.status, asset.headers.get('x-cache-status')]).toEqual([200, 'HIT'])
    expect(asset.headers.get('cache-control')).toMatch(/immutable/)
  })

  it('shows an edit, a rename, a withdrawal and a removal made on A through nginx within 5 s', async () => {
    const { notice, columnPath, columnId } = await publicNotice()
    const item = `/notices/${notice.id}`
    for (const path of [columnPath, item]) await cachedThrough(viaB, path)

    const title = `经nginx发布${Date.now().toString(36)}`
    await api.publishThroughWorkflow('notices', notice.id, { title })
    await within5s('the edit on the column page from B', async () => (await html(viaB, columnPath)).includes(title))
    await within5s('the edit on the balanced column page', async () => (await html(lb, columnPath)).includes(title))

    const admin = await api.token('admin@example.com')
    const name = `经nginx栏目${Date.now().toString(36)}`
    expect((await api.call('PATCH', `/columns/${columnId}`, admin, { name })).status).toBe(200)
    await within5s('the renamed column on B', async () => (await html(viaB, item)).includes(name))
    await within5s('the renamed column, balanced', async () => (await html(lb, item)).includes(name))

    await cachedThrough(viaB, item)
    const reason = `经nginx撤回${Date.now().toString(36)}`
    const withdrawn = await api.call('POST', `/notices/${notice.id}/workflow/withdraw`, admin, {
      mode: 'withdrawn',
      reason,
    })
    expect(withdrawn.status).toBe(200)
    await within5s('the withdrawal banner on B', async () => (await html(viaB, item)).includes(reason))
    await within5s('the withdrawal banner, balanced', async () => (await html(lb, item)).includes(reason))

    // Restore it to published, then remove it: 410 and gone from the column page.
    const second = await publicNotice([notice.id])
    const secondItem = `/notices/${second.notice.id}`
    for (const path of [second.columnPath, secondItem]) await cachedThrough(viaB, path)
    const removed = await api.call('POST', `/notices/${second.notice.id}/workflow/withdraw`, admin, {
      mode: 'removed',
      reason: '经nginx删除测试',
    })
    expect(removed.status).toBe(200)
    await within5s('410 on B', async () => (await fetch(viaB.url + secondItem)).status === 410)
    await within5s('410, balanced', async () => (await fetch(lb.url + secondItem)).status === 410)
    await within5s(
      "the removed item leaving B's column page",
      async () => !(await html(viaB, second.columnPath)).includes(`href="${secondItem}"`),
    )
  }, 120_000)

  it('publishes a scheduled item once, seen through nginx on both instances within 5 s', async () => {
    const { notice: published, columnPath } = await publicNotice()
    for (const proxy of [viaA, viaB]) await cachedThrough(proxy, columnPath)
    const title = `经nginx定时发布${Date.now().toString(36)}`
    const { id, at } = await api.scheduledNotice(published, title)
    const admin = await api.token('admin@example.com')
    // The runner (whichever instance holds its lock) ticks every 5 s; from the moment the item is
    // published in the database, every page through nginx must show it within 5 s.
    const deadline = at.getTime() + 20_000
    let publishedAt = 0
    while (!publishedAt) {
      const { body } = await api.call('GET', `/notices/${id}?depth=0`, admin)
      if ((body as { _status?: string })._status === 'published') publishedAt = Date.now()
      else if (Date.now() > deadline) throw new Error(`the scheduled item was not published${logs()}`)
      else await new Promise((resolve) => setTimeout(resolve, 100))
    }
    for (const [label, proxy] of [
      ['A', viaA],
      ['B', viaB],
      ['balanced', lb],
    ] as const) {
      while (!(await html(proxy, columnPath)).includes(title)) {
        if (Date.now() - publishedAt > 5_000)
          throw new Error(`the scheduled item was not on ${label} within 5 s${logs()}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    // Two more ticks of each instance: still one scheduled publish.
    await new Promise((resolve) => setTimeout(resolve, 11_000))
    expect(await api.scheduledPublishCount(id)).toBe(1)
  }, 90_000)

  it('serves an image uploaded on A from B through nginx', async () => {
    const bytes = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#36c' } })
      .jpeg()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'nginx-upload.jpg')
    form.append('_payload', JSON.stringify({ alt: '经nginx上传', public: true }))
    const uploaded = await fetch(`${a.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${await api.token('admin@example.com')}` },
      body: form,
    })
    expect(uploaded.status).toBe(201)
    const { doc } = (await uploaded.json()) as { doc: { url: string; sizes: { cardWebp: { url: string } } } }
    const file = await fetch(new URL(new URL(doc.url, a.url).pathname, viaB.url))
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true)
    const webp = await fetch(new URL(new URL(doc.sizes.cardWebp.url, a.url).pathname, viaB.url))
    expect(webp.status).toBe(200)
    expect((await sharp(Buffer.from(await webp.arrayBuffer())).metadata()).format).toBe('webp')
  })

  it("limits one letter writer across both instances, refuses a solution replayed on B, and keeps A's attachment in the bucket", async () => {
    const stamp = Date.now().toString(36)
    const writer = '198.51.100.50'
    const statuses: number[] = []
    // Five letters an hour per writer (the mailboxes' default), whichever instance takes them.
    for (const [index, site] of [a, b, a, b, a, b].entries()) {
      const altcha = await solvedChallengeAt(site.url)
      const letter = await postLetter(site.url, 'shuji', { client: writer, altcha, subject: `限流${stamp}-${index}` })
      statuses.push(letter.status)
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    const admin = await api.token('admin@example.com')
    const stored = await api.call('GET', `/letters?depth=0&limit=10&where[subject][like]=限流${stamp}`, admin)
    expect(stored.body.totalDocs).toBe(5)

    // One solution, used on A with an attachment, then replayed on B.
    const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#c33' } })
      .png()
      .toBuffer()
    const altcha = await solvedChallengeAt(a.url)
    const subject = `附件${stamp}`
    const first = await postLetter(a.url, 'shuji', {
      client: '198.51.100.51',
      altcha,
      subject,
      files: [{ name: 'photo.png', type: 'image/png', bytes: png }],
    })
    expect(first.status).toBe(201)
    const replay = await postLetter(b.url, 'shuji', { client: '198.51.100.52', altcha, subject: `重放${stamp}` })
    expect([replay.status, (replay.body.errors as { field?: string }[])?.[0]?.field]).toEqual([400, 'altcha'])

    const { body } = await api.call('GET', `/letters?depth=1&where[subject][equals]=${subject}`, admin)
    const attachment = body.docs[0].attachments[0] as { url: string; filename: string }
    expect(await store.keys()).toContain(`letters/${attachment.filename}`)
    const file = await fetch(new URL(new URL(attachment.url, a.url).pathname, b.url), {
      headers: { authorization: `JWT ${admin}` },
    })
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true)
    // Personal data: the public gets nothing.
    expect((await fetch(new URL(new URL(attachment.url, a.url).pathname, b.url))).status).toBeGreaterThanOrEqual(400)
  }, 120_000)

  it('counts a visitor seen by both instances once', async () => {
    const { columnId } = await publicNotice()
    const admin = await api.token('admin@example.com')
    // All days summed: the day the hits land on is the site calendar's, not the test's to guess.
    const visitorsCounted = async () => {
      const { body } = await api.call('GET', '/hit-visitor-days?depth=0&limit=1000', admin)
      return (body.docs as { hits: number }[]).reduce((sum, row) => sum + row.hits, 0)
    }
    const before = await visitorsCounted()
    const agent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0 Safari/537.36'
    for (const site of [a, b, a, b]) expect(await sendHit(site.url, columnId, '198.51.100.60', agent)).toBeLessThan(300)
    for (const site of [b, a]) expect(await sendHit(site.url, columnId, '198.51.100.61', agent)).toBeLessThan(300)
    // Both instances flush every second: two visitors, however many instances saw them.
    let now = before
    await within5s('two new visitors', async () => (now = await visitorsCounted()) === before + 2).catch((error) => {
      throw new Error(`${before} visitors before, ${now} after: ${(error as Error).message}`)
    })
    await new Promise((resolve) => setTimeout(resolve, 2_500))
    expect(await visitorsCounted()).toBe(before + 2)
  }, 60_000)

  it('counts every hit sent through nginx while A is stopped with SIGTERM', async () => {
    const { columnId } = await publicNotice()
    const admin = await api.token('admin@example.com')
    const total = async (site: RunningSite) => {
      const response = await fetch(`${site.url}/api/hit-totals?depth=0&where[key][equals]=c:${columnId}`, {
        headers: { authorization: `JWT ${admin}` },
      })
      const { docs } = (await response.json()) as { docs: { hits: number }[] }
      return docs[0]?.hits ?? 0
    }
    const before = await total(b)
    const sent = 600
    const statuses = new Map<number, number>()
    let stopping: Promise<number | null> | undefined
    let next = 0
    // Each hit from its own reader (X-Forwarded-For, trusted from nginx), 20 at a time.
    const worker = async () => {
      while (next < sent) {
        const n = (next += 1)
        if (n === sent / 3) stopping = a.stop('SIGTERM')
        const response = await fetch(`${lb.url}/api/hits`, {
          method: 'POST',
          headers: {
            'content-type': 'text/plain',
            'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
            'user-agent':
              'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
          },
          body: JSON.stringify({ column: columnId }),
        })
        await response.arrayBuffer()
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      }
    }
    await Promise.all(Array.from({ length: 20 }, worker))
    expect(await stopping).toBe(0)
    expect(Object.fromEntries(statuses)).toEqual({ 202: sent })
    // B flushes every second.
    await within5s('the exact total', async () => (await total(b)) === before + sent)
  }, 60_000)
})
