import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import type { Media, Notice } from '../../payload-types'
import { graphqlClient, lexicalBody, makeColumn, makeDepartment } from './content-fixtures'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'

/**
 * Issue 11 item 1: a media file is public exactly while something public uses it (or an
 * editor marked it public); otherwise its document and every file URL answer 404 to the
 * public; only editors upload; a file a published item shows cannot be replaced or deleted.
 */
let site: TestSite
let admin: TestUser
let editor: TestUser
let reviewer: TestUser
let analyst: TestUser
let handler: TestUser
let column: number
let department: number

beforeAll(async () => {
  site = await startTestSite()
  admin = await createTestUser(site, ['admin'])
  editor = await createTestUser(site, ['editor'])
  reviewer = await createTestUser(site, ['reviewer'])
  analyst = await createTestUser(site, ['analyst'])
  handler = await createTestUser(site, ['mailbox-handler'])
  department = (await makeDepartment(site, '媒体安全局')).id
  column = (await makeColumn(site, { name: '通知公告', slug: 'tzgg-media-sec' })).id
}, 180_000)
afterAll(async () => site?.close())

let pngSeed = 0
const png = () =>
  sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 20, g: 90, b: (pngSeed += 7) % 255 } } })
    .png()
    .toBuffer()
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<</Root 1 0 R/Size 1>>\nstartxref\n0\n%%EOF\n',
)

async function upload(user: TestUser, name: string, bytes: Buffer, type: string, fields: object = {}) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  return site.rest('POST', '/media', { token: user.token, rawBody: form })
}

async function uploadImage(user: TestUser = editor): Promise<Media> {
  const response = await upload(user, `photo-${Date.now()}-${pngSeed}.png`, await png(), 'image/png', { alt: '照片' })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: Media }).doc
}

const fileUrls = (media: Media) => [
  `/media/file/${encodeURIComponent(media.filename!)}`,
  ...Object.values(media.sizes ?? {})
    .map((size) => size?.filename)
    .filter((name): name is string => Boolean(name))
    .map((name) => `/media/file/${encodeURIComponent(name)}`),
]

/** What an anonymous reader gets for the document, the list and every file URL. */
async function publicView(media: Media) {
  const doc = (await site.rest('GET', `/media/${media.id}`)).status
  const listed = (
    (await (await site.rest('GET', `/media?where[id][equals]=${media.id}`)).json()) as { docs: unknown[] }
  ).docs.length
  const files = await Promise.all(fileUrls(media).map(async (url) => (await site.rest('GET', url)).status))
  return { doc, listed, files: [...new Set(files)] }
}
const hidden = { doc: 404, listed: 0, files: [404] }
const visible = { doc: 200, listed: 1, files: [200] }

const publishNotice = (data: Partial<Notice>) =>
  site.payload.create({
    collection: 'notices',
    data: {
      title: '附件测试公告',
      type: 'announcement',
      primaryColumn: column,
      department,
      _status: 'published',
      ...data,
    } as Notice,
    overrideAccess: true,
  })

describe('who may upload and change media', () => {
  it('lets only editors and admins upload', async () => {
    for (const user of [analyst, handler, reviewer]) {
      expect((await upload(user, 'x.png', await png(), 'image/png', { alt: '图' })).status).toBe(403)
    }
    expect((await upload(admin, 'a.pdf', pdf, 'application/pdf')).status).toBe(201)
    expect((await upload(editor, 'e.pdf', pdf, 'application/pdf')).status).toBe(201)
  })

  it('refuses analysts and mailbox handlers changing a file', async () => {
    const media = await uploadImage()
    for (const user of [analyst, handler]) {
      const response = await site.rest('PATCH', `/media/${media.id}`, { token: user.token, body: { alt: '改' } })
      expect([403, 404]).toContain(response.status)
    }
    const stored = await site.payload.findByID({ collection: 'media', id: media.id, overrideAccess: true })
    expect(stored.alt).toBe('照片')
  })
})

describe('what the public can read', () => {
  it('hides a draft’s attachment, its document, list entry and every rendition, also from analysts', async () => {
    const media = await uploadImage()
    await site.payload.create({
      collection: 'notices',
      data: {
        title: '草稿',
        type: 'announcement',
        primaryColumn: column,
        department,
        attachments: [media.id],
      } as Notice,
      draft: true,
      overrideAccess: true,
    })
    expect(await publicView(media)).toEqual(hidden)
    const asAnalyst = await site.rest('GET', `/media/${media.id}`, { token: analyst.token })
    expect(asAnalyst.status).toBe(404)
    expect((await site.rest('GET', `/media/${media.id}`, { token: reviewer.token })).status).toBe(200)
    expect((await site.rest('GET', fileUrls(media)[0], { token: editor.token })).status).toBe(200)
  })

  it('serves the attachments and body images of a published, proactive notice, and hides them again when it is removed', async () => {
    const attachment = await uploadImage()
    const inBody = await uploadImage()
    const body = lexicalBody('正文') as { root: { children: unknown[] } }
    body.root.children.push({
      type: 'upload',
      relationTo: 'media',
      value: inBody.id,
      fields: null,
      format: '',
      version: 3,
    })
    const notice = await publishNotice({ attachments: [attachment.id], body: body as Notice['body'] })
    expect(await publicView(attachment)).toEqual(visible)
    expect(await publicView(inBody)).toEqual(visible)

    const removed = await site.rest('POST', `/notices/${notice.id}/workflow/withdraw`, {
      token: admin.token,
      body: { reason: '依法撤下', mode: 'removed' },
    })
    expect(removed.status).toBe(200)
    expect(await publicView(attachment)).toEqual(hidden)
    expect(await publicView(inBody)).toEqual(hidden)
  })

  it('hides attachments of a published notice that is not proactively disclosed', async () => {
    const media = await uploadImage()
    await publishNotice({ attachments: [media.id], disclosureMode: 'on-application' })
    expect(await publicView(media)).toEqual(hidden)
  })

  it('keeps a file public while another public item still uses it', async () => {
    const media = await uploadImage()
    const first = await publishNotice({ attachments: [media.id] })
    await publishNotice({ attachments: [media.id] })
    await site.rest('POST', `/notices/${first.id}/workflow/unpublish`, { token: admin.token, body: {} })
    expect(await publicView(media)).toEqual(visible)
  })

  it('follows a gazette issue: cover and PDF are public only once the issue is published', async () => {
    const cover = await uploadImage()
    const pdfResponse = await upload(editor, '公报.pdf', pdf, 'application/pdf')
    const pdfDoc = ((await pdfResponse.json()) as { doc: Media }).doc
    const issue = await site.payload.create({
      collection: 'gazette-issues',
      data: { year: 2031, number: 1, cover: cover.id, pdf: pdfDoc.id },
      draft: true,
      overrideAccess: true,
    })
    expect(await publicView(cover)).toEqual(hidden)
    expect(await publicView(pdfDoc)).toEqual(hidden)
    await site.payload.update({
      collection: 'gazette-issues',
      id: issue.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    expect(await publicView(cover)).toEqual(visible)
    expect(await publicView(pdfDoc)).toEqual(visible)
  })

  it('serves a file an editor marked public on purpose, and no other through GraphQL', async () => {
    const marked = await uploadImage()
    const unmarked = await uploadImage()
    const response = await site.rest('PATCH', `/media/${marked.id}`, { token: editor.token, body: { public: true } })
    expect(response.status).toBe(200)
    expect(await publicView(marked)).toEqual(visible)
    const { call, release } = await graphqlClient(site)
    try {
      const result = await call(
        `{ allMedia(where: { OR: [{ id: { equals: ${marked.id} } }, { id: { equals: ${unmarked.id} } }] }) { docs { id } } m: Media(id: ${unmarked.id}) { id } }`,
      )
      // The hidden file is "not found" for the public, as over REST; nothing else fails.
      expect(result.body.errors?.map((e) => (e as { path?: string[] }).path?.join('.'))).toEqual(['m'])
      const ids = ((result.body.data?.allMedia as { docs: { id: number }[] }) ?? { docs: [] }).docs.map((d) => d.id)
      expect(ids).toEqual([marked.id])
      expect(result.body.data?.m ?? null).toBeNull()
    } finally {
      release()
    }
  })

  it('cannot be changed by the public setting the system flag', async () => {
    const media = await uploadImage()
    await site.rest('PATCH', `/media/${media.id}`, { token: editor.token, body: { inPublicUse: true } })
    expect(await publicView(media)).toEqual(hidden)
  })
})

describe('files of published items change only through the workflow', () => {
  it('refuses to replace, edit or delete a published notice’s attachment (409 naming the notice), even for an admin', async () => {
    const media = await uploadImage()
    const notice = await publishNotice({ title: '关于征收补偿方案的公告', attachments: [media.id] })
    const before = await site.payload.findByID({ collection: 'media', id: media.id, overrideAccess: true })
    for (const user of [editor, admin]) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(await png())], { type: 'image/png' }), 'replacement.png')
      form.append('_payload', JSON.stringify({ alt: '替换' }))
      const replaced = await site.rest('PATCH', `/media/${media.id}`, { token: user.token, rawBody: form })
      expect(replaced.status).toBe(409)
      expect(JSON.stringify(await replaced.json())).toContain('关于征收补偿方案的公告')
      expect((await site.rest('PATCH', `/media/${media.id}`, { token: user.token, body: { alt: '改' } })).status).toBe(
        409,
      )
      expect((await site.rest('DELETE', `/media/${media.id}`, { token: user.token })).status).toBe(409)
      expect(
        (await site.rest('DELETE', `/media?where[id][equals]=${media.id}`, { token: user.token })).status,
      ).toBeGreaterThanOrEqual(400)
    }
    const after = await site.payload.findByID({ collection: 'media', id: media.id, overrideAccess: true })
    expect(after.filename).toBe(before.filename)
    expect(after.alt).toBe(before.alt)
    expect(notice.attachments).toHaveLength(1)
  })

  it('lets an editor swap the file in a draft of the item, which the public sees only after review', async () => {
    const oldFile = await uploadImage()
    const newFile = await uploadImage()
    const notice = await publishNotice({ attachments: [oldFile.id] })
    const saved = await site.rest('PATCH', `/notices/${notice.id}?draft=true`, {
      token: editor.token,
      body: { attachments: [newFile.id] },
    })
    expect(saved.status).toBe(200)
    expect(await publicView(oldFile)).toEqual(visible)
    expect(await publicView(newFile)).toEqual(hidden)
  })
})
