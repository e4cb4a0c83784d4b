import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'

let site: TestSite
let editor: TestUser

// 64 KB limit so the oversized case stays small.
beforeAll(async () => {
  site = await startTestSite({ env: { MEDIA_MAX_MB: String(64 / 1024) } })
  editor = await createTestUser(site, ['editor'])
})
afterAll(async () => site?.close())

const png = () =>
  sharp({ create: { width: 1000, height: 700, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .png()
    .toBuffer()

/** A minimal ELF header: what an executable renamed to .jpg starts with. */
const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0)])

const minimalPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<</Root 1 0 R/Size 1>>\nstartxref\n0\n%%EOF\n',
)

async function upload(name: string, bytes: Buffer, type: string, fields: Record<string, unknown> = {}) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  return site.rest('POST', '/media', { token: editor.token, rawBody: form })
}

const filesOnDisk = () => fs.readdirSync(site.mediaDir)
const rows = async () => (await site.payload.count({ collection: 'media', overrideAccess: true })).totalDocs

describe('media uploads', () => {
  it('stores an image with alt text and makes every rendition, also as WebP', async () => {
    const response = await upload('photo.png', await png(), 'image/png', { alt: '区政府大楼' })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as {
      doc: { sizes: Record<string, { filename: string; mimeType: string }> }
    }
    for (const size of ['thumbnail', 'card', 'large']) {
      expect(doc.sizes[size].filename).toBeTruthy()
      expect(doc.sizes[`${size}Webp`].mimeType).toBe('image/webp')
      expect(fs.existsSync(`${site.mediaDir}/${doc.sizes[`${size}Webp`].filename}`)).toBe(true)
    }
  })

  it('accepts a PDF', async () => {
    const response = await upload('公告.pdf', minimalPdf, 'application/pdf')
    expect(response.status).toBe(201)
    expect(((await response.json()) as { doc: { mimeType: string } }).doc.mimeType).toBe('application/pdf')
  })

  describe('refuses bad uploads and leaves nothing behind', () => {
    const cases: [string, () => Promise<Response>, number, RegExp][] = [
      ['an executable named .jpg', () => upload('photo.jpg', elf, 'image/jpeg', { alt: 'x' }), 415, /photo\.jpg/],
      ['a 0-byte file', () => upload('empty.pdf', Buffer.alloc(0), 'application/pdf'), 400, /empty\.pdf/],
      [
        'an oversized file',
        async () => upload('big.pdf', Buffer.concat([minimalPdf, Buffer.alloc(80 * 1024, 32)]), 'application/pdf'),
        413,
        /big\.pdf|64/,
      ],
      ['a script', () => upload('run.sh', Buffer.from('#!/bin/sh\nrm -rf /\n'), 'text/plain'), 415, /run\.sh/],
      [
        'an SVG',
        () =>
          upload(
            'x.svg',
            Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
            'image/svg+xml',
          ),
        415,
        /x\.svg/,
      ],
      ['an image without alt text', async () => upload('noalt.png', await png(), 'image/png'), 400, /alt/],
    ]
    it.each(cases)('%s', async (_label, send, status, message) => {
      const filesBefore = filesOnDisk().length
      const rowsBefore = await rows()
      const response = await send()
      expect(response.status).toBe(status)
      expect(JSON.stringify(await response.json())).toMatch(message)
      expect(filesOnDisk().length).toBe(filesBefore)
      expect(await rows()).toBe(rowsBefore)
    })
  })

  it('refuses anonymous uploads', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(minimalPdf)], { type: 'application/pdf' }), 'a.pdf')
    const response = await site.rest('POST', '/media', { rawBody: form })
    expect(response.status).toBe(403)
  })
})
