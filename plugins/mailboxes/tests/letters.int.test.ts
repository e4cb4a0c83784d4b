import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import {
  attachmentsDirOf,
  createMailboxes,
  goodLetter,
  mailboxTestConfig,
  solvedChallenge,
  submitLetter,
} from '../testing/testConfig'
import { startTestSite, type TestSite } from '../../shared/testing/testSite'
import { createTestUser, type TestUser } from '../../shared/testing/users'

let site: TestSite
let handler: TestUser
let otherHandler: TestUser
let analyst: TestUser
let editor: TestUser
let mailboxIds: (number | string)[]

beforeAll(async () => {
  site = await startTestSite({ config: (url) => mailboxTestConfig(url) })
  handler = await createTestUser(site, ['mailbox-handler'])
  otherHandler = await createTestUser(site, ['mailbox-handler'])
  analyst = await createTestUser(site, ['analyst'])
  editor = await createTestUser(site, ['editor'])
  const boxes = await createMailboxes(site, [handler.id])
  mailboxIds = boxes.map((box) => box.id)
  // The other handler handles only the third mailbox.
  await site.payload.update({
    collection: 'mailboxes',
    id: mailboxIds[2],
    data: { handlers: [otherHandler.id as number] },
    overrideAccess: true,
  })
})
afterAll(async () => {
  const dir = site ? attachmentsDirOf(site) : undefined
  await site?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const json = async (response: Response) => (await response.json()) as Json

const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 120, b: 200 } } })
    .png()
    .toBuffer()

describe('writing a letter without an account', () => {
  it('issues a proof-of-work challenge signed by the site', async () => {
    const response = await site.rest('GET', '/mailboxes/challenge')
    expect(response.status).toBe(200)
    const challenge = await json(response)
    expect(challenge).toMatchObject({ algorithm: 'SHA-256', maxnumber: expect.any(Number) })
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/)
  })

  it('stores a letter and answers with its number and a query code, shown once and stored only as a hash', async () => {
    const response = await submitLetter(site, 'quzhang', goodLetter(), {
      attachments: [{ name: '现场照片.png', type: 'image/png', bytes: await png() }],
    })
    expect(response.status).toBe(201)
    const body = await json(response)
    const year = new Date().toLocaleString('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' })
    expect(body.number).toMatch(new RegExp(`^${year}-\\d{6}$`))
    expect(body.queryCode).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$/)

    const { docs } = await site.payload.find({
      collection: 'letters',
      where: { number: { equals: body.number } },
      overrideAccess: true,
    })
    const letter = docs[0]
    expect(letter).toMatchObject({ state: 'received', source: 'online', writerName: '张三', category: 'suggestion' })
    expect(JSON.stringify(letter)).not.toContain(body.queryCode.replace(/-/g, ''))
    expect(letter.queryCodeHash).toMatch(/^[0-9a-f]{64}$/)
    const viaRest = await json(await site.rest('GET', `/letters/${letter.id}`, { token: handler.token }))
    expect(viaRest.writerName).toBe('张三')
    expect(viaRest.queryCodeHash).toBeUndefined()
    expect(letter.attachments).toHaveLength(1)
    expect(new Date(letter.dueAt!).getTime()).toBeGreaterThan(Date.now() + 14 * 24 * 3600 * 1000)
  })

  it('keeps HTML and script as plain text', async () => {
    const hostile = {
      ...goodLetter(),
      subject: '<b>标题</b><script>alert(1)</script>',
      content: '<img src=x onerror=alert(1)> 内容正文足够长一些的说明文字',
    }
    const response = await submitLetter(site, mailboxIds[0], hostile)
    expect(response.status).toBe(201)
    const { number } = await json(response)
    const { docs } = await site.payload.find({
      collection: 'letters',
      where: { number: { equals: number } },
      overrideAccess: true,
    })
    expect(docs[0].subject).toBe(hostile.subject)
    expect(docs[0].content).toBe(hostile.content)
  })

  it('lets the writer follow the letter with number and code, and hides whether a number exists', async () => {
    const submitted = await json(await submitLetter(site, mailboxIds[1], goodLetter()))
    const track = (number: string, code: string, client = '198.51.100.20') =>
      site.rest('POST', '/mailboxes/track', { body: { number, code }, headers: { 'x-gongkai-peer': client } })

    const found = await track(submitted.number, submitted.queryCode.toLowerCase())
    expect(found.status).toBe(200)
    expect(await json(found)).toMatchObject({
      number: submitted.number,
      state: 'received',
      stateLabel: '已收到',
      reply: null,
    })

    const wrongCode = await track(submitted.number, 'AAAA-BBBB-CCCC-DDDD-EEEE')
    const noSuchNumber = await track('2099-999999', 'AAAA-BBBB-CCCC-DDDD-EEEE')
    expect(wrongCode.status).toBe(404)
    expect(noSuchNumber.status).toBe(404)
    expect(await json(wrongCode)).toEqual(await json(noSuchNumber))
  })

  it('refuses more wrong codes than allowed from one client, even a right one after that', async () => {
    const submitted = await json(await submitLetter(site, mailboxIds[1], goodLetter()))
    const client = '198.51.100.99'
    const track = (code: string) =>
      site.rest('POST', '/mailboxes/track', {
        body: { number: submitted.number, code },
        headers: { 'x-gongkai-peer': client },
      })
    const statuses = []
    for (let i = 0; i < 6; i++) statuses.push((await track('WRONG-CODE-0000-0000-000' + i)).status)
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429])
    const blocked = await track(submitted.queryCode)
    expect(blocked.status).toBe(429)
    expect(blocked.headers.get('retry-after')).toBeTruthy()
    // Another client is not affected.
    const other = await site.rest('POST', '/mailboxes/track', {
      body: { number: submitted.number, code: submitted.queryCode },
      headers: { 'x-gongkai-peer': '198.51.100.100' },
    })
    expect(other.status).toBe(200)
  })

  it('refuses a challenge solution used twice', async () => {
    const altcha = await solvedChallenge(site)
    expect((await submitLetter(site, mailboxIds[0], goodLetter(), { altcha })).status).toBe(201)
    const again = await submitLetter(site, mailboxIds[0], goodLetter(), { altcha })
    expect(again.status).toBe(400)
    expect((await json(again)).errors[0].field).toBe('altcha')
  })
})

describe('who reads letters', () => {
  it('the public reads no letter and no attachment', async () => {
    expect((await json(await site.rest('GET', '/letters'))).docs ?? []).toHaveLength(0)
    const attachments = await site.payload.find({ collection: 'letter-attachments', overrideAccess: true })
    expect(attachments.totalDocs).toBeGreaterThan(0)
    const file = attachments.docs[0]
    expect((await site.rest('GET', `/letter-attachments/${file.id}`)).status).toBe(403)
    expect([403, 404]).toContain((await site.rest('GET', `/letter-attachments/file/${file.filename}`)).status)
  })

  it('a handler reads the letters of their mailboxes with personal data, and their attachments', async () => {
    const response = await site.rest('GET', '/letters?limit=100', { token: handler.token })
    const { docs } = await json(response)
    expect(docs.length).toBeGreaterThan(0)
    expect(
      docs.every((doc: Json) =>
        mailboxIds
          .slice(0, 2)
          .map(String)
          .includes(String(doc.mailbox.id ?? doc.mailbox)),
      ),
    ).toBe(true)
    expect(docs[0].writerName).toBeTruthy()
    const withFile = docs.find((doc: Json) => doc.attachments?.length)
    const file = withFile.attachments[0]
    const download = await site.rest('GET', `/letter-attachments/file/${file.filename}`, { token: handler.token })
    expect(download.status).toBe(200)
  })

  it('a handler of another mailbox, an analyst and an editor read none', async () => {
    for (const user of [otherHandler, analyst, editor]) {
      const response = await site.rest('GET', '/letters?limit=100', { token: user.token })
      const docs = response.status === 200 ? (await json(response)).docs : []
      expect(docs).toHaveLength(0)
    }
  })
})
