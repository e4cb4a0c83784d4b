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
  type Attachment,
  type LetterFields,
} from '../../plugins/mailboxes/testing/testConfig'
import { sharedLimiter } from '../../plugins/shared/abuse/limiterStore'
import { startTestSite, type TestSite } from '../helpers/testPayload'

let site: TestSite
let mailbox: number | string
let closedMailbox: number | string
let image: Buffer

const rateLimit = 3

beforeAll(async () => {
  site = await startTestSite({
    config: (url) => mailboxTestConfig(url, { rateLimits: { submissionsPerHour: rateLimit } }),
  })
  const boxes = await createMailboxes(site)
  mailbox = boxes[0].id
  closedMailbox = boxes[2].id
  await site.payload.update({
    collection: 'mailboxes',
    id: closedMailbox,
    data: { enabled: false },
    overrideAccess: true,
  })
  image = await sharp({ create: { width: 20, height: 20, channels: 3, background: { r: 0, g: 0, b: 0 } } })
    .jpeg()
    .toBuffer()
})
afterAll(async () => {
  const dir = site ? attachmentsDirOf(site) : undefined
  await site?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<</Root 1 0 R/Size 1>>\nstartxref\n0\n%%EOF\n',
)
const truncatedPdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n')
const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0)])
const docx = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 1)])
const file = (name: string, bytes: Buffer, type = 'application/octet-stream'): Attachment => ({ name, bytes, type })
const without = (field: string): LetterFields => ({ ...goodLetter(), [field]: undefined })
const withField = (field: string, value: string | boolean): LetterFields => ({ ...goodLetter(), [field]: value })

let clientNumber = 0
/** A fresh client address per case, so the rate limit only bites where the case says so. */
const send = (
  fields: LetterFields,
  options: Parameters<typeof submitLetter>[3] = {},
  target: number | string = mailbox,
) => submitLetter(site, target, fields, { client: `192.0.2.${++clientNumber}`, ...options })

async function stored() {
  const letters = await site.payload.count({ collection: 'letters', overrideAccess: true })
  const attachments = await site.payload.count({ collection: 'letter-attachments', overrideAccess: true })
  const counters = await site.payload.find({ collection: 'letter-counters', overrideAccess: true })
  const dir = attachmentsDirOf(site)
  return {
    letters: letters.totalDocs,
    attachments: attachments.totalDocs,
    files: fs.existsSync(dir) ? fs.readdirSync(dir).length : 0,
    lastNumbers: counters.docs.map((c) => c.last),
  }
}

const table: [string, () => Promise<Response>, number, RegExp][] = [
  ['missing subject', () => send(without('subject')), 400, /标题/],
  ['missing content', () => send(without('content')), 400, /内容/],
  ['missing name', () => send(without('name')), 400, /姓名/],
  ['missing phone', () => send(without('phone')), 400, /电话/],
  ['missing category', () => send(without('category')), 400, /类别/],
  ['unknown category', () => send(withField('category', 'praise')), 400, /类别/],
  ['over-long subject', () => send(withField('subject', '长'.repeat(101))), 400, /标题不能超过 100/],
  ['over-long content', () => send(withField('content', '字'.repeat(5001))), 400, /内容不能超过 5000/],
  ['over-long name', () => send(withField('name', '名'.repeat(31))), 400, /姓名不能超过 30/],
  ['too-short content', () => send(withField('content', '太短')), 400, /内容至少/],
  ['mobile with 10 digits', () => send(withField('phone', '1381234567')), 400, /电话号码格式/],
  ['mobile with a 12x prefix', () => send(withField('phone', '12812345678')), 400, /电话号码格式/],
  ['landline without area code', () => send(withField('phone', '87654321')), 400, /电话号码格式/],
  ['foreign number', () => send(withField('phone', '+1 415 555 0100')), 400, /电话号码格式/],
  ['letters in the phone', () => send(withField('phone', '138abcd5678')), 400, /电话号码格式/],
  ['bad e-mail', () => send(withField('email', 'not-an-email')), 400, /邮箱/],
  ['HTML in the name', () => send(withField('name', '<b>张三</b>')), 400, /姓名/],
  ['script in the name', () => send(withField('name', '<script>alert(1)</script>')), 400, /姓名/],
  ['control characters in the subject', () => send(withField('subject', '标题\u0000\u0007')), 400, /控制字符/],
  [
    'an executable named .jpg',
    () => send(goodLetter(), { attachments: [file('photo.jpg', elf, 'image/jpeg')] }),
    415,
    /photo\.jpg/,
  ],
  [
    'a PDF named .png',
    () => send(goodLetter(), { attachments: [file('scan.png', pdf, 'image/png')] }),
    415,
    /scan\.png/,
  ],
  [
    'an image named .pdf',
    () => send(goodLetter(), { attachments: [file('doc.pdf', image, 'application/pdf')] }),
    415,
    /doc\.pdf/,
  ],
  ['a Word file', () => send(goodLetter(), { attachments: [file('letter.docx', docx)] }), 415, /letter\.docx/],
  [
    'an SVG',
    () =>
      send(goodLetter(), {
        attachments: [file('x.svg', Buffer.from('<svg><script>alert(1)</script></svg>'), 'image/svg+xml')],
      }),
    415,
    /x\.svg/,
  ],
  [
    'a truncated PDF',
    () => send(goodLetter(), { attachments: [file('cut.pdf', truncatedPdf, 'application/pdf')] }),
    415,
    /cut\.pdf/,
  ],
  [
    'an empty file',
    () => send(goodLetter(), { attachments: [file('empty.pdf', Buffer.alloc(0), 'application/pdf')] }),
    400,
    /empty\.pdf/,
  ],
  [
    'an oversized attachment (valid one first)',
    () =>
      send(goodLetter(), {
        attachments: [
          file('ok.jpg', image, 'image/jpeg'),
          file('big.pdf', Buffer.concat([pdf, Buffer.alloc(70 * 1024, 32)]), 'application/pdf'),
        ],
      }),
    413,
    /big\.pdf/,
  ],
  [
    'four attachments',
    () => send(goodLetter(), { attachments: [1, 2, 3, 4].map((n) => file(`${n}.jpg`, image, 'image/jpeg')) }),
    400,
    /最多 3/,
  ],
  ['no challenge solution', () => send(goodLetter(), { altcha: null }), 400, /验证/],
  ['a garbage challenge solution', () => send(goodLetter(), { altcha: 'bm90IGpzb24=' }), 400, /验证/],
  [
    'a wrong challenge number',
    async () => {
      const token = JSON.parse(Buffer.from(await solvedChallenge(site), 'base64').toString()) as { number: number }
      token.number = token.number + 1
      return send(goodLetter(), { altcha: Buffer.from(JSON.stringify(token)).toString('base64') })
    },
    400,
    /验证/,
  ],
  [
    'a tampered challenge signature',
    async () => {
      const token = JSON.parse(Buffer.from(await solvedChallenge(site), 'base64').toString()) as { signature: string }
      token.signature = 'f'.repeat(64)
      return send(goodLetter(), { altcha: Buffer.from(JSON.stringify(token)).toString('base64') })
    },
    400,
    /验证/,
  ],
  ['the honeypot filled in', () => send(withField('website', 'http://spam.example')), 400, /隐藏字段/],
  ['an unknown mailbox', () => send(goodLetter(), {}, 'no-such-mailbox'), 404, /信箱不存在/],
  ['a disabled mailbox', () => send(goodLetter(), {}, closedMailbox), 404, /信箱不存在/],
  [
    'a plain-text body',
    () =>
      site.rest('POST', `/mailboxes/${mailbox}/letters`, {
        rawBody: 'subject=x',
        headers: { 'Content-Type': 'text/plain', 'x-gongkai-peer': '192.0.2.250' },
      }),
    400,
    /multipart/,
  ],
  [
    'a body far over the limit',
    () => send(goodLetter(), { attachments: [file('a.pdf', Buffer.alloc(300 * 1024, 32), 'application/pdf')] }),
    413,
    /过大|超过/,
  ],
]

const cases = table.map(([label, attempt, status, message]) => [label, status, attempt, message] as const)

describe('refused letters leave nothing behind', () => {
  it.each(cases)('%s → %i', async (_label, status, attempt, message) => {
    const before = await stored()
    const response = await attempt()
    const body = (await response.json()) as Json
    expect(response.status).toBe(status)
    expect(JSON.stringify(body.errors)).toMatch(message)
    expect(await stored()).toEqual(before)
  })

  it(`refuses the ${rateLimit + 1}th letter from one client within the hour (429), and stores nothing for it`, async () => {
    const client = '192.0.2.251'
    for (let i = 0; i < rateLimit; i++) {
      expect((await submitLetter(site, mailbox, goodLetter(), { client })).status).toBe(201)
    }
    const before = await stored()
    const refused = await submitLetter(site, mailbox, goodLetter(), { client })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await stored()).toEqual(before)
    // Another client still gets through.
    expect((await submitLetter(site, mailbox, goodLetter(), { client: '192.0.2.252' })).status).toBe(201)
  })

  it("counts a client's letters in the site's database, where another instance's limiter reads them", async () => {
    const client = '192.0.2.253'
    expect((await submitLetter(site, mailbox, goodLetter(), { client })).status).toBe(201)
    // A limiter made apart from the plugin's (as another process would make it) sees the point:
    // the count is in the shared store, not in this process's memory.
    const elsewhere = await sharedLimiter({ keyPrefix: 'letters', points: rateLimit, duration: 3600 })(site)
    expect((await elsewhere.get(client))?.consumedPoints).toBe(1)
    await elsewhere.consume(client, rateLimit - 1)
    const refused = await submitLetter(site, mailbox, goodLetter(), { client })
    expect(refused.status).toBe(429)
  })

  it('accepts a letter with three good attachments and stores them privately', async () => {
    const before = await stored()
    const response = await send(goodLetter(), {
      attachments: [
        file('a.jpg', image, 'image/jpeg'),
        file('b.pdf', pdf, 'application/pdf'),
        file('c.jpeg', image, 'image/jpeg'),
      ],
    })
    expect([response.status, await response.text()]).toEqual([201, expect.any(String)])
    const after = await stored()
    expect(after.letters).toBe(before.letters + 1)
    expect(after.attachments).toBe(before.attachments + 3)
    expect(after.files).toBe(before.files + 3)
  })
})

describe('the challenge is checked before any attachment is read', () => {
  const boundary = 'gongkai-test-boundary'
  /**
   * A multipart upload that streams `fileBytes` of attachment after its fields, produced only as
   * the server pulls; returns the response and how many bytes the server pulled.
   */
  async function streamLetter(
    fields: Record<string, string>,
    fileBytes: number,
    fieldsAfter: Record<string, string> = {},
  ) {
    const part = (name: string, value: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
    const head = Buffer.from(
      Object.entries(fields)
        .map(([name, value]) => part(name, value))
        .join('') +
        `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="big.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    )
    const tail = Buffer.from(
      `\r\n${Object.entries(fieldsAfter)
        .map(([name, value]) => part(name, value))
        .join('')}--${boundary}--\r\n`,
    )
    let sent = 0
    let pulled = 0
    const chunk = Buffer.alloc(16 * 1024, 32)
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === 0) {
          controller.enqueue(new Uint8Array(head))
          pulled += head.length
          return
        }
        if (sent >= fileBytes) {
          controller.enqueue(new Uint8Array(tail))
          controller.close()
          return
        }
        sent += chunk.length
        pulled += chunk.length
        controller.enqueue(new Uint8Array(chunk))
      },
    })
    const response = await site.rest('POST', `/mailboxes/${mailbox}/letters`, {
      rawBody: body,
      headers: {
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'x-gongkai-peer': `192.0.2.${++clientNumber}`,
      },
    })
    return { response, pulled }
  }

  const letter = () => Object.fromEntries(Object.entries(goodLetter()).map(([key, value]) => [key, String(value)]))

  it('refuses a wrong solution after reading little more than the fields, and stores nothing', async () => {
    const before = await stored()
    const { response, pulled } = await streamLetter({ ...letter(), altcha: 'bm90IGEgc29sdXRpb24=' }, 4 * 1024 * 1024)
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].field).toBe('altcha')
    // The upload offered 4 MB; the server stopped after the first chunks of the file.
    expect(pulled).toBeLessThan(256 * 1024)
    expect(await stored()).toEqual(before)
  })

  it('refuses a form without a solution before the file, even with a good one after it', async () => {
    const before = await stored()
    const { response, pulled } = await streamLetter(letter(), 4 * 1024 * 1024, { altcha: await solvedChallenge(site) })
    expect(response.status).toBe(400)
    expect(JSON.stringify((await response.json()).errors)).toMatch(/附件之前|before the attachments/)
    expect(pulled).toBeLessThan(256 * 1024)
    expect(await stored()).toEqual(before)
  })

  it('reads on past a good solution, then refuses the too-large file by name', async () => {
    const { response } = await streamLetter({ ...letter(), altcha: await solvedChallenge(site) }, 200 * 1024)
    expect(response.status).toBe(413)
    expect(JSON.stringify((await response.json()).errors)).toMatch(/big\.pdf/)
  })
})

describe('client addresses', () => {
  it('keeps the letter limit for a client that rotates X-Real-IP and X-Forwarded-For (no trusted proxy)', async () => {
    const statuses: number[] = []
    for (let i = 0; i <= rateLimit; i++) {
      const form = new FormData()
      form.append('altcha', await solvedChallenge(site))
      for (const [key, value] of Object.entries(goodLetter())) form.append(key, String(value))
      const response = await site.rest('POST', `/mailboxes/${mailbox}/letters`, {
        rawBody: form,
        headers: {
          'x-gongkai-peer': '192.0.2.240',
          'X-Real-IP': `198.51.100.${i}`,
          'X-Forwarded-For': `203.0.113.${i}`,
        },
      })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([...Array(rateLimit).fill(201), 429])
  })
})

describe('tracking', () => {
  it('refuses a tracking body over the limit with a 413 that names it', async () => {
    const response = await site.rest('POST', '/mailboxes/track', {
      rawBody: JSON.stringify({ number: '2026-000001', code: 'x'.repeat(100_000) }),
      headers: { 'Content-Type': 'application/json', 'x-gongkai-peer': '192.0.2.241' },
    })
    expect(response.status).toBe(413)
    expect(JSON.stringify((await response.json()).errors)).toMatch(/4096/)
  })

  it('refuses a chunked tracking body (no length declared) once it passes the limit', async () => {
    let pulled = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 8192
        controller.enqueue(new Uint8Array(8192).fill(32))
        if (pulled > 4 * 1024 * 1024) controller.close()
      },
    })
    const response = await site.rest('POST', '/mailboxes/track', {
      rawBody: body,
      headers: { 'Content-Type': 'application/json', 'x-gongkai-peer': '192.0.2.242' },
    })
    expect(response.status).toBe(413)
    expect(pulled).toBeLessThan(64 * 1024)
  })
})
