import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { solveChallenge } from 'altcha-lib/v1'

import { startTestSite, type TestSite } from '../../shared/testing/testSite'
import { createTestUser, type TestUser } from '../../shared/testing/users'
import { annualReportTestConfig } from '../testing/testConfig'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const submissionsPerHour = 3
let site: TestSite
let officer: TestUser

beforeAll(async () => {
  site = await startTestSite({
    config: (url) =>
      annualReportTestConfig(url, {
        departmentsSlug: false,
        online: { challenge: { maxNumber: 2000 }, rateLimits: { submissionsPerHour, trackFailuresPer15Minutes: 3 } },
      }),
  })
  officer = await createTestUser(site, ['disclosure-officer'])
})
afterAll(async () => {
  await site?.close()
})

/** Fetches a challenge over REST and solves it as the site's form does in the browser. */
async function solved(): Promise<string> {
  const response = await site.rest('GET', '/disclosure-requests/challenge')
  expect(response.status).toBe(200)
  const challenge = (await response.json()) as Json
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber)
    .promise
  return Buffer.from(
    JSON.stringify({
      algorithm: challenge.algorithm,
      challenge: challenge.challenge,
      number: solution!.number,
      salt: challenge.salt,
      signature: challenge.signature,
    }),
  ).toString('base64')
}

const application = (): Record<string, string | undefined> => ({
  applicantType: 'natural-person',
  applicantName: '王五',
  applicantContact: '13700001234',
  subject: '2025年老旧小区改造项目清单',
  details: '希望获取本区2025年度纳入改造计划的小区名单。',
})

let clientNumber = 0
/** Posts the form as the site does (multipart), each case from a fresh client unless it names one. */
async function apply(
  fields: Record<string, string | undefined>,
  { client = `198.51.100.${++clientNumber}`, altcha }: { client?: string; altcha?: string | null } = {},
) {
  const form = new FormData()
  const token = altcha === undefined ? await solved() : altcha
  if (token !== null) form.append('altcha', token)
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.append(key, value)
  return site.rest('POST', '/disclosure-requests/apply', { rawBody: form, headers: { 'x-gongkai-peer': client } })
}

const track = (body: unknown, client = '203.0.113.50') =>
  site.rest('POST', '/disclosure-requests/track', { body, headers: { 'x-gongkai-peer': client } })

async function stored() {
  const requests = await site.payload.count({ collection: 'disclosure-requests', overrideAccess: true })
  const counters = await site.payload.find({ collection: 'disclosure-request-counters', overrideAccess: true })
  return { requests: requests.totalDocs, lastNumbers: counters.docs.map((counter) => counter.last) }
}

describe('the online request form', () => {
  let receipt: Json

  it('stores an online request and answers its number and a query code, shown once', async () => {
    const before = await stored()
    const response = await apply(application())
    expect(response.status).toBe(201)
    receipt = (await response.json()) as Json
    const year = new Date().getFullYear()
    expect(receipt.number).toMatch(new RegExp(`^YSQ-(${year}|${year + 1})-\\d{6}$`))
    expect(receipt.queryCode).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$/)
    expect(receipt.dueOn).toBeTruthy()
    expect((await stored()).requests).toBe(before.requests + 1)

    const { docs } = await site.payload.find({
      collection: 'disclosure-requests',
      where: { number: { equals: receipt.number } },
      overrideAccess: true,
      showHiddenFields: true,
    })
    const doc = docs[0] as Json
    expect(doc).toMatchObject({ channel: 'online', applicantName: '王五', state: 'running' })
    // Only a hash of the code is kept.
    expect(doc.queryCodeHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(doc)).not.toContain(receipt.queryCode)
    // Nor does any API hand the hash out, even to the officer.
    const read = (await (
      await site.rest('GET', `/disclosure-requests/${doc.id}`, { token: officer.token })
    ).json()) as Json
    expect(read.number).toBe(receipt.number)
    expect(read).not.toHaveProperty('queryCodeHash')
  })

  it('numbers staff-entered requests from the same counter, and the number cannot be written', async () => {
    const response = await site.rest('POST', '/disclosure-requests', {
      token: officer.token,
      body: { ...application(), channel: 'post', receivedOn: new Date().toISOString(), number: 'YSQ-1999-000001' },
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as Json
    expect(doc.number).not.toBe('YSQ-1999-000001')
    expect(Number(doc.number.slice(-6))).toBe(Number(receipt.number.slice(-6)) + 1)
  })

  it('tracks with the right code: state and dates, never the applicant or the request', async () => {
    const response = await track({ number: receipt.number, code: receipt.queryCode.toLowerCase() })
    expect(response.status).toBe(200)
    const body = (await response.json()) as Json
    expect(body).toMatchObject({ number: receipt.number, state: 'running', stateLabel: '办理中', outcome: null })
    expect(body.receivedOn).toBeTruthy()
    expect(body.dueOn).toBe(receipt.dueOn)
    const text = JSON.stringify(body)
    for (const secret of ['王五', '13700001234', '老旧小区', 'queryCodeHash']) expect(text).not.toContain(secret)
  })

  it('shows the outcome category once the request is replied', async () => {
    const { docs } = await site.payload.find({
      collection: 'disclosure-requests',
      where: { number: { equals: receipt.number } },
      overrideAccess: true,
    })
    const patched = await site.rest('PATCH', `/disclosure-requests/${docs[0].id}`, {
      token: officer.token,
      body: { outcome: 'disclosed', repliedOn: new Date().toISOString() },
    })
    expect(patched.status).toBe(200)
    const body = (await (await track({ number: receipt.number, code: receipt.queryCode })).json()) as Json
    expect(body.state).toBe('replied')
    expect(body.outcome).toEqual({ value: 'disclosed', label: '（一）予以公开' })
    expect(body.repliedOn).toBeTruthy()
  })

  it('answers a wrong code and an unknown number alike, and limits wrong attempts', async () => {
    const client = '203.0.113.77'
    const wrong = await track({ number: receipt.number, code: 'AAAA-BBBB-CCCC-DDDD-EEEE' }, client)
    const unknown = await track({ number: 'YSQ-2000-000001', code: receipt.queryCode }, client)
    expect(wrong.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect(await wrong.json()).toEqual(await unknown.json())
    expect((await track({ number: receipt.number, code: 'X' }, client)).status).toBe(404)
    // Three wrong pairs used up: even the right code waits now.
    const blocked = await track({ number: receipt.number, code: receipt.queryCode }, client)
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('names the field of a malformed tracking request', async () => {
    const badNumber = await track({ number: '2026-000001', code: receipt.queryCode })
    expect(badNumber.status).toBe(400)
    expect(((await badNumber.json()) as Json).errors[0].field).toBe('number')
    const noCode = await track({ number: receipt.number })
    expect(((await noCode.json()) as Json).errors[0].field).toBe('code')
  })
})

describe('refusals store nothing', () => {
  const cases: [string, () => Promise<Response>, number, string][] = [
    ['missing subject', () => apply({ ...application(), subject: undefined }), 400, 'subject'],
    ['missing applicant name', () => apply({ ...application(), applicantName: '' }), 400, 'applicantName'],
    ['missing contact', () => apply({ ...application(), applicantContact: undefined }), 400, 'applicantContact'],
    [
      'contact without phone or e-mail',
      () => apply({ ...application(), applicantContact: '某某街道' }),
      400,
      'applicantContact',
    ],
    ['unknown applicant type', () => apply({ ...application(), applicantType: 'alien' }), 400, 'applicantType'],
    ['over-long subject', () => apply({ ...application(), subject: '长'.repeat(201) }), 400, 'subject'],
    ['markup in the name', () => apply({ ...application(), applicantName: '<b>王五</b>' }), 400, 'applicantName'],
    ['the honeypot filled in', () => apply({ ...application(), website: 'http://spam.example' }), 400, 'website'],
    ['no challenge', () => apply(application(), { altcha: null }), 400, 'altcha'],
    [
      'a file attached',
      async () => {
        const form = new FormData()
        form.append('altcha', await solved())
        for (const [key, value] of Object.entries(application())) form.append(key, value!)
        form.append('attachments', new Blob([new Uint8Array([1, 2, 3])], { type: 'application/pdf' }), 'a.pdf')
        return site.rest('POST', '/disclosure-requests/apply', {
          rawBody: form,
          headers: { 'x-gongkai-peer': `198.51.100.${++clientNumber}` },
        })
      },
      400,
      'attachments',
    ],
    [
      'a forged challenge',
      () => apply(application(), { altcha: Buffer.from('{"signature":"x"}').toString('base64') }),
      400,
      'altcha',
    ],
  ]

  it.each(cases)('%s', async (_name, send, status, field) => {
    const before = await stored()
    const response = await send()
    expect(response.status).toBe(status)
    const body = (await response.json()) as Json
    expect(body.errors.map((error: Json) => error.field)).toContain(field)
    expect(await stored()).toEqual(before)
  })

  it('refuses a solution used twice', async () => {
    const token = await solved()
    expect((await apply(application(), { altcha: token })).status).toBe(201)
    const before = await stored()
    const replay = await apply(application(), { altcha: token })
    expect(replay.status).toBe(400)
    expect(((await replay.json()) as Json).errors[0].field).toBe('altcha')
    expect(await stored()).toEqual(before)
  })

  it(`lets a client send ${submissionsPerHour} requests an hour, then answers 429`, async () => {
    const client = '192.0.2.200'
    for (let i = 0; i < submissionsPerHour; i++) expect((await apply(application(), { client })).status).toBe(201)
    const before = await stored()
    const refused = await apply(application(), { client })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await stored()).toEqual(before)
    // Another client is not affected.
    expect((await apply(application())).status).toBe(201)
  })
})
