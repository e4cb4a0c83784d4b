import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { startObjectStore, type ObjectStore } from '../helpers/objectStore'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'

// Media in an S3-compatible bucket (S3_*): s3rver stands in for S3, MinIO or a cloud bucket.
let store: ObjectStore
let site: TestSite
let editor: TestUser

beforeAll(async () => {
  store = await startObjectStore()
  site = await startTestSite({ env: { ...store.env, MEDIA_MAX_MB: String(64 / 1024) } })
  editor = await createTestUser(site, ['editor'])
})
afterAll(async () => {
  await site?.close()
  await store?.stop()
  for (const name of Object.keys(store?.env ?? {})) delete process.env[name]
})

const png = () =>
  sharp({ create: { width: 1000, height: 700, channels: 3, background: { r: 30, g: 90, b: 200 } } })
    .png()
    .toBuffer()

async function upload(name: string, bytes: Buffer, type: string, fields: Record<string, unknown> = {}) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  return site.rest('POST', '/media', { token: editor.token, rawBody: form })
}

type MediaDoc = {
  id: number | string
  filename: string
  url: string
  sizes: Record<string, { filename: string; mimeType: string; url: string }>
}

const renditions = ['thumbnail', 'thumbnailWebp', 'card', 'cardWebp', 'large', 'largeWebp']
const basename = (key: string) => key.split('/').pop()!

describe('media in object storage (S3_*)', () => {
  let doc: MediaDoc
  let original: Buffer

  it('puts an upload and its renditions in the bucket, not on disk', async () => {
    original = await png()
    const response = await upload('大楼.png', original, 'image/png', { alt: '区政府大楼', public: true })
    expect(response.status).toBe(201)
    doc = ((await response.json()) as { doc: MediaDoc }).doc
    const keys = await store.keys()
    const names = keys.map(basename)
    expect(names).toContain(doc.filename)
    for (const size of renditions) expect(names).toContain(doc.sizes[size].filename)
    expect(keys).toHaveLength(1 + renditions.length)
    expect(fs.readdirSync(site.mediaDir)).toEqual([])
    const stored = await store.read(keys.find((key) => basename(key) === doc.filename)!)
    expect(stored?.equals(original)).toBe(true)
  })

  it('serves the bytes and every rendition from the bucket at the usual URLs', async () => {
    expect(doc.url).toBe(`/api/media/file/${encodeURIComponent(doc.filename)}`)
    const file = await site.rest('GET', doc.url)
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(original)).toBe(true)
    for (const size of renditions) {
      const answer = await site.rest('GET', doc.sizes[size].url)
      expect(answer.status).toBe(200)
      const meta = await sharp(Buffer.from(await answer.arrayBuffer())).metadata()
      expect(meta.format).toBe(size.endsWith('Webp') ? 'webp' : 'png')
    }
  })

  it('keeps access control: a file nothing public uses answers 404 to the public', async () => {
    const response = await upload('内部.png', await png(), 'image/png', { alt: '内部图片' })
    expect(response.status).toBe(201)
    const hidden = ((await response.json()) as { doc: MediaDoc }).doc
    expect((await site.rest('GET', hidden.url)).status).toBe(404)
    expect((await site.rest('GET', hidden.url, { token: editor.token })).status).toBe(200)
    await site.rest('DELETE', `/media/${hidden.id}`, { token: editor.token })
  })

  it('leaves nothing in the bucket when an upload is refused', async () => {
    const before = await store.keys()
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0)])
    const refused = await upload('photo.jpg', elf, 'image/jpeg', { alt: 'x' })
    expect(refused.status).toBe(415)
    const tooBig = await upload('big.png', Buffer.concat([original, Buffer.alloc(80 * 1024)]), 'image/png', {
      alt: 'x',
    })
    expect(tooBig.status).toBe(413)
    expect(await store.keys()).toEqual(before)
  })

  it('removes the file and its renditions from the bucket on delete', async () => {
    const response = await site.rest('DELETE', `/media/${doc.id}`, { token: editor.token })
    expect(response.status).toBe(200)
    expect(await store.keys()).toEqual([])
    expect((await site.rest('GET', doc.url)).status).toBe(404)
  })
})
