import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import {
  attachmentsDirOf,
  createDepartment,
  createMailboxes,
  goodLetter,
  mailboxTestConfig,
  submitLetter,
} from '../../plugins/mailboxes/testing/testConfig'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'
import { graphqlClient, type GraphQLCall } from './content-fixtures'

/**
 * The writer's consent and the system's dates are nobody's to change through the API: not a
 * handler's, not an administrator's, by REST or GraphQL. Sending them back unchanged (as the admin
 * form does) is fine.
 */
let site: TestSite
let handler: TestUser
let admin: TestUser
let department: { id: number | string }
let mailbox: number | string
let graphql: { call: GraphQLCall; release: () => void }

beforeAll(async () => {
  site = await startTestSite({ config: (url) => mailboxTestConfig(url) })
  department = await createDepartment(site, '示范区交通运输局', '11330100MB0002001A')
  handler = await createTestUser(site, ['mailbox-handler'])
  admin = await createTestUser(site, ['admin'])
  mailbox = (await createMailboxes(site, [handler.id]))[1].id
  graphql = await graphqlClient(site)
}, 120_000)
afterAll(async () => {
  graphql?.release()
  const dir = site ? attachmentsDirOf(site) : undefined
  await site?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

async function newLetter(consentToPublish = false) {
  const response = await submitLetter(site, mailbox, { ...goodLetter(), consentToPublish })
  expect(response.status).toBe(201)
  const { number } = (await response.json()) as Json
  const { docs } = await site.payload.find({
    collection: 'letters',
    where: { number: { equals: number } },
    overrideAccess: true,
  })
  return docs[0] as Json
}
const stored = async (id: number | string) =>
  (await site.payload.findByID({ collection: 'letters', id, overrideAccess: true, depth: 0 })) as Json
const patch = (id: number | string, body: object, user: TestUser) =>
  site.rest('PATCH', `/letters/${id}`, { token: user.token, body })

const past = '2020-01-02T03:04:05.000Z'

describe('fields no user may change (REST)', () => {
  it.each([
    ['consentToPublish', { consentToPublish: true }, /同意公开|Consent/],
    ['receivedAt', { receivedAt: past }, /收信时间|Received/],
    ['dueAt', { dueAt: past }, /答复期限|Due/],
  ])('%s: a handler and an admin get 403 naming it, and the letter is unchanged', async (_name, data, message) => {
    const letter = await newLetter(false)
    for (const user of [handler, admin]) {
      const response = await patch(letter.id, data, user)
      expect(response.status).toBe(403)
      expect(JSON.stringify(await response.json())).toMatch(message)
    }
    const after = await stored(letter.id)
    expect(after.consentToPublish).toBe(false)
    expect(after.receivedAt).toBe(letter.receivedAt)
    expect(after.dueAt).toBe(letter.dueAt)
  })

  it('keeps the reply date and the forwarding dates as the system set them', async () => {
    const letter = await newLetter(true)
    expect((await patch(letter.id, { state: 'accepted' }, handler)).status).toBe(200)
    const forwarded = await patch(letter.id, { state: 'forwarded', forwards: [{ department: department.id }] }, handler)
    expect(forwarded.status).toBe(200)
    const row = ((await forwarded.json()) as Json).doc.forwards[0]
    const moved = await patch(letter.id, { forwards: [{ ...row, department: department.id, dueAt: past }] }, handler)
    expect(moved.status).toBe(403)
    const backdated = await patch(
      letter.id,
      { forwards: [{ ...row, department: department.id, forwardedAt: past }] },
      handler,
    )
    expect(backdated.status).toBe(403)
    const replied = await patch(
      letter.id,
      { state: 'replied', reply: { text: '已处理', department: department.id } },
      handler,
    )
    expect(replied.status).toBe(200)
    const repliedAt = ((await replied.json()) as Json).doc.reply.repliedAt
    const redated = await patch(
      letter.id,
      { reply: { text: '已处理', department: department.id, repliedAt: past } },
      admin,
    )
    expect(redated.status).toBe(403)
    expect(JSON.stringify(await redated.json())).toMatch(/答复时间|Replied/)
    const after = await stored(letter.id)
    expect(after.reply.repliedAt).toBe(repliedAt)
    expect(after.forwards[0].dueAt).toBe(row.dueAt)
    expect(after.forwards[0].forwardedAt).toBe(row.forwardedAt)
  })

  it('accepts the whole letter sent back unchanged, as the admin form saves it', async () => {
    const letter = await newLetter(false)
    const read = (await (
      await site.rest('GET', `/letters/${letter.id}?depth=0`, { token: handler.token })
    ).json()) as Json
    const { id: _id, createdAt: _c, updatedAt: _u, deadlineFlag: _d, ...editable } = read
    const saved = await patch(letter.id, { ...editable, state: 'accepted' }, handler)
    expect(saved.status).toBe(200)
    expect((await stored(letter.id)).state).toBe('accepted')
  })

  it('lets staff entering a phone letter record the caller’s consent, but not backdate it', async () => {
    const data = {
      mailbox,
      source: 'phone',
      category: 'help',
      subject: '来电求助',
      content: '来电反映小区供水中断。',
      writerName: '王五',
      phone: '0571-87654321',
      consentToPublish: true,
    }
    const backdated = await site.rest('POST', '/letters', { token: handler.token, body: { ...data, receivedAt: past } })
    expect(backdated.status).toBe(403)
    const created = await site.rest('POST', '/letters', { token: handler.token, body: data })
    expect(created.status).toBe(201)
    const doc = ((await created.json()) as Json).doc
    expect(doc.consentToPublish).toBe(true)
    expect(Date.parse(doc.receivedAt)).toBeGreaterThan(Date.parse(past))
  })
})

describe('fields no user may change (GraphQL)', () => {
  it('refuses consent and dates through updateLetter, and changes nothing', async () => {
    const letter = await newLetter(false)
    for (const [field, value] of [
      ['consentToPublish', 'true'],
      ['receivedAt', `"${past}"`],
      ['dueAt', `"${past}"`],
    ]) {
      const { body } = await graphql.call(
        `mutation { updateLetter(id: ${JSON.stringify(letter.id)}, data: { ${field}: ${value} }) { id } }`,
        admin.token,
      )
      expect(body.errors?.[0]?.message).toMatch(/不能修改|cannot be changed/)
    }
    const after = await stored(letter.id)
    expect(after.consentToPublish).toBe(false)
    expect(after.receivedAt).toBe(letter.receivedAt)
    expect(after.dueAt).toBe(letter.dueAt)
  })
})
