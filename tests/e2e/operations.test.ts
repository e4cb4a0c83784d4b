import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { startObjectStore, type ObjectStore } from '../helpers/objectStore'
import { startSite, type RunningSite } from '../helpers/server'

// The production server (npm start) with its media in an S3-compatible bucket (s3rver, a test
// double of S3 on loopback), behind a trusted proxy on loopback (the test itself): its health
// check and its JSON log lines with request ids.
let store: ObjectStore
let site: RunningSite
let editorToken: string

beforeAll(async () => {
  store = await startObjectStore()
  // No demo content (seeding takes over a minute on a busy machine): the first administrator,
  // who may upload, is registered through the API as on a new site.
  site = await startSite({ ...store.env, TRUSTED_PROXIES: '127.0.0.1', SEED_ON_START: 'false' }, { fresh: true })
  const registered = await fetch(`${site.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.com', password: site.password, name: '管理员', roles: ['admin'] }),
  })
  editorToken = ((await registered.json()) as { token: string }).token
  expect(editorToken).toBeTruthy()
}, 300_000)
afterAll(async () => {
  await site?.stop()
  await store?.stop()
})

async function upload(name: string, bytes: Buffer, type: string, fields: Record<string, unknown>) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  return fetch(`${site.url}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${editorToken}` },
    body: form,
  })
}

type LogLine = { level: number; msg?: string; reqId?: string }
/** The server's JSON log lines (production logs one object per line). */
const logLines = (): LogLine[] =>
  site
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine)

/** Files the server wrote to its local media folder after it started (the demo content's are older). */
const localFilesNamed = (name: string) => fs.readdirSync(site.files().mediaDir).filter((file) => file.includes(name))

describe('media in object storage on the production server', () => {
  it('stores an upload and its renditions in the bucket and serves them to visitors', async () => {
    const bytes = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#2a6' } })
      .jpeg()
      .toBuffer()
    const response = await upload('s3-e2e-photo.jpg', bytes, 'image/jpeg', { alt: '对象存储测试', public: true })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as {
      doc: { id: number; filename: string; url: string; sizes: Record<string, { filename: string; url: string }> }
    }
    const names = (await store.keys()).map((key) => path.posix.basename(key))
    expect(names).toEqual(expect.arrayContaining([doc.filename, doc.sizes.cardWebp.filename]))
    expect(localFilesNamed('s3-e2e-photo')).toEqual([])

    const file = await fetch(new URL(doc.url, site.url))
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true)
    const webp = await fetch(new URL(doc.sizes.cardWebp.url, site.url))
    expect(webp.status).toBe(200)
    expect((await sharp(Buffer.from(await webp.arrayBuffer())).metadata()).format).toBe('webp')

    const deleted = await fetch(`${site.url}/api/media/${doc.id}`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${editorToken}` },
    })
    expect(deleted.status).toBe(200)
    expect(await store.keys()).toEqual([])
  })

  it('refuses a disguised executable, leaves the bucket empty and logs no ERROR for it', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0)])
    const response = await upload('s3-e2e-evil.jpg', elf, 'image/jpeg', { alt: 'x' })
    expect(response.status).toBe(415)
    expect(await store.keys()).toEqual([])
    expect(localFilesNamed('s3-e2e-evil')).toEqual([])
    const id = response.headers.get('x-request-id')
    expect(id).toBeTruthy()
    expect(logLines().filter((line) => line.reqId === id && line.level >= 50)).toEqual([])
  })
})

describe('request ids and readiness', () => {
  it("echoes a new id per request, or the trusted proxy's own", async () => {
    const [first, second] = await Promise.all([fetch(`${site.url}/api/health`), fetch(`${site.url}/api/health`)])
    expect(first.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'))
    const kept = await fetch(`${site.url}/`, { headers: { 'x-request-id': 'nginx-0123abcd' } })
    expect(kept.headers.get('x-request-id')).toBe('nginx-0123abcd')
    // The same page again, now from the page cache: its answer carries this request's id, not the first one's.
    const cached = await fetch(`${site.url}/`)
    expect(cached.status).toBe(200)
    expect(cached.headers.get('x-gongkai-cache')).toBe('HIT')
    expect(cached.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('answers 503 naming the bucket once it is gone, with a JSON ERROR line carrying the same request id', async () => {
    const ready = await fetch(`${site.url}/api/health`)
    expect(await ready.json()).toMatchObject({ status: 'ok', database: 'up', objectStorage: 'up' })
    await store.stop()
    const response = await fetch(`${site.url}/api/health`)
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({ objectStorage: 'down', down: ['objectStorage'] })
    const id = response.headers.get('x-request-id')
    expect((await fetch(`${site.url}/api/health/live`)).status).toBe(200)
    // stdout is read as it arrives; give the line a moment to get here.
    let mine: LogLine[] = []
    for (let waited = 0; waited < 2_000 && mine.length === 0; waited += 50) {
      mine = logLines().filter((line) => line.reqId === id)
      if (mine.length === 0) await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(mine).toEqual([expect.objectContaining({ level: 50, msg: 'health check: objectStorage unreachable' })])
  })
})
