import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from '@jest/globals'
import sharp from 'sharp'

import {
  attachmentsDirOf,
  createMailboxes,
  goodLetter,
  mailboxTestConfig,
  submitLetter,
} from '../../plugins/mailboxes/testing/testConfig'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'

/** A letter's attachments follow the letter: to another mailbox's handlers, and into the bin with it. */
let site: TestSite
let first: TestUser
let second: TestUser
let admin: TestUser
let boxes: (number | string)[]
let image: Buffer

beforeAll(async () => {
  site = await startTestSite({ config: (url) => mailboxTestConfig(url) })
  first = await createTestUser(site, ['mailbox-handler'])
  second = await createTestUser(site, ['mailbox-handler'])
  admin = await createTestUser(site, ['admin'])
  boxes = (await createMailboxes(site)).map((box) => box.id)
  await site.payload.update({
    collection: 'mailboxes',
    id: boxes[0],
    data: { handlers: [first.id] as number[] },
    overrideAccess: true,
  })
  await site.payload.update({
    collection: 'mailboxes',
    id: boxes[1],
    data: { handlers: [second.id] as number[] },
    overrideAccess: true,
  })
  image = await sharp({ create: { width: 16, height: 16, channels: 3, background: { r: 9, g: 9, b: 9 } } })
    .png()
    .toBuffer()
}, 120_000)
afterAll(async () => {
  const dir = site ? attachmentsDirOf(site) : undefined
  await site?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

async function letterWithAttachment() {
  const response = await submitLetter(site, boxes[0], goodLetter(), {
    attachments: [{ name: 'photo.png', type: 'image/png', bytes: image }],
  })
  expect(response.status).toBe(201)
  const { number } = (await response.json()) as Json
  const { docs } = await site.payload.find({
    collection: 'letters',
    where: { number: { equals: number } },
    overrideAccess: true,
    depth: 1,
  })
  const letter = docs[0] as Json
  return { id: letter.id, attachment: letter.attachments[0] as Json }
}

/** What a handler gets for the attachment: its row and its file, through REST. */
async function access(user: TestUser, attachment: Json) {
  const row = await site.rest('GET', `/letter-attachments/${attachment.id}`, { token: user.token })
  const file = await site.rest('GET', `/letter-attachments/file/${attachment.filename}`, { token: user.token })
  return { row: row.status, file: file.status }
}

it('moves access to the attachments with the letter when an admin moves it to another mailbox', async () => {
  const { id, attachment } = await letterWithAttachment()
  expect(await access(first, attachment)).toEqual({ row: 200, file: 200 })
  expect((await access(second, attachment)).file).not.toBe(200)
  const moved = await site.rest('PATCH', `/letters/${id}`, { token: admin.token, body: { mailbox: boxes[1] } })
  expect(moved.status).toBe(200)
  expect(await access(second, attachment)).toEqual({ row: 200, file: 200 })
  const old = await access(first, attachment)
  expect(old.row).not.toBe(200)
  expect(old.file).not.toBe(200)
})

it('deletes the attachments, rows and files, with the letter', async () => {
  const { id, attachment } = await letterWithAttachment()
  const file = path.join(attachmentsDirOf(site), attachment.filename)
  expect(fs.existsSync(file)).toBe(true)
  const deleted = await site.rest('DELETE', `/letters/${id}`, { token: admin.token })
  expect(deleted.status).toBe(200)
  const rows = await site.payload.count({
    collection: 'letter-attachments',
    where: { id: { equals: attachment.id } },
    overrideAccess: true,
  })
  expect(rows.totalDocs).toBe(0)
  expect(fs.existsSync(file)).toBe(false)
})
