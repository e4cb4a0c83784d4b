import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { addWorkingDays, endOfLocalDay, localDay } from '../../plugins/shared/calendar/workingDays'
import {
  attachmentsDirOf,
  createDepartment,
  createMailboxes,
  goodLetter,
  mailboxTestConfig,
  submitLetter,
} from '../../plugins/mailboxes/testing/testConfig'
import { startTestMailbox, type TestMailbox } from '../helpers/smtp'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'

let site: TestSite
let smtp: TestMailbox
let handler: TestUser
let outsider: TestUser
let transport: { id: number | string }
let housing: { id: number | string }
let transportStaff: TestUser
let housingStaff: TestUser
let mailboxIds: (number | string)[]

beforeAll(async () => {
  smtp = await startTestMailbox()
  site = await startTestSite({ config: (url) => mailboxTestConfig(url, { smtpUrl: smtp.url }) })
  transport = await createDepartment(site, '示范区交通运输局', '11330100MB0002001A')
  housing = await createDepartment(site, '示范区住房和城乡建设局', '11330100MB0002002B')
  handler = await createTestUser(site, ['mailbox-handler'])
  outsider = await createTestUser(site, ['mailbox-handler'])
  transportStaff = await createTestUser(site, ['editor'], { department: transport.id })
  housingStaff = await createTestUser(site, ['editor'], { department: housing.id })
  mailboxIds = (await createMailboxes(site, [handler.id])).map((box) => box.id)
})
afterAll(async () => {
  const dir = site ? attachmentsDirOf(site) : undefined
  await site?.close()
  await smtp?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const json = async (response: Response) => (await response.json()) as Json
const to = (address: string) => (mail: { to?: unknown }) => JSON.stringify(mail.to).includes(address)

async function letterFromPublic(fields = goodLetter()) {
  const response = await submitLetter(site, mailboxIds[1], fields)
  expect(response.status).toBe(201)
  const body = await json(response)
  const { docs } = await site.payload.find({
    collection: 'letters',
    where: { number: { equals: body.number } },
    overrideAccess: true,
  })
  return { ...body, id: docs[0].id } as { id: number | string; number: string; queryCode: string }
}

const patch = (id: number | string, body: object, user: TestUser = handler) =>
  site.rest('PATCH', `/letters/${id}`, { token: user.token, body })

describe('a letter from arrival to published reply', () => {
  it('mails the writer a confirmation and the handlers a notice when a letter arrives', async () => {
    const letter = await letterFromPublic({ ...goodLetter(), email: 'writer1@example.com' })
    const [confirmation] = await smtp.waitFor(1, to('writer1@example.com'))
    expect(confirmation.subject).toContain(letter.number)
    expect(confirmation.text).toContain('来信编号为')
    expect(confirmation.text).not.toContain(letter.queryCode)
    const [notice] = await smtp.waitFor(1, (mail) => to(handler.email)(mail) && mail.subject!.includes(letter.number))
    expect(notice.subject).toContain('【新来信】区长信箱')
  })

  it('escapes markup from the letter in the HTML part of the mail', async () => {
    const letter = await letterFromPublic({
      ...goodLetter(),
      subject: '<script>alert(1)</script>噪音',
      email: 'writer2@example.com',
    })
    const [mail] = await smtp.waitFor(1, (m) => to('writer2@example.com')(m) && m.subject!.includes(letter.number))
    expect(mail.html).toContain('&lt;script&gt;')
    expect(mail.html).not.toContain('<script>')
  })

  it('walks received → accepted → forwarded → replied → closed → published, mailing each party', async () => {
    const letter = await letterFromPublic({
      ...goodLetter(),
      name: '李四光',
      email: 'writer3@example.com',
      content: '我叫李四光，电话13912345678，车牌浙A12345的车经常被堵，请处理文化路停车问题。',
    })

    // The state order is enforced, and each state needs its fields.
    expect((await patch(letter.id, { state: 'replied' })).status).toBe(400)
    expect((await patch(letter.id, { state: 'accepted' })).status).toBe(200)
    expect((await patch(letter.id, { state: 'forwarded' })).status).toBe(400)

    const ownDue = endOfLocalDay(
      addWorkingDays(localDay(new Date(), 'Asia/Shanghai'), 5),
      'Asia/Shanghai',
    ).toISOString()
    const forwarded = await patch(letter.id, {
      state: 'forwarded',
      forwards: [
        { department: transport.id, note: '请核实停车问题' },
        { department: housing.id, dueAt: ownDue },
      ],
    })
    expect(forwarded.status).toBe(200)
    const doc = (await json(forwarded)).doc
    expect(doc.forwards).toHaveLength(2)
    expect(doc.forwards[0].dueAt).toBeTruthy()
    expect(doc.forwards[1].dueAt).toBe(ownDue)
    const [transportMail] = await smtp.waitFor(
      1,
      (m) => to(transportStaff.email)(m) && m.subject!.includes(letter.number),
    )
    expect(transportMail.text).toContain('示范区交通运输局')
    expect(transportMail.text).toContain('请核实停车问题')
    await smtp.waitFor(1, (m) => to(housingStaff.email)(m) && m.subject!.includes(letter.number))

    expect((await patch(letter.id, { state: 'replied', reply: { text: '' } })).status).toBe(400)
    const replyText = '经核实，已在文化路增设临时停车位。如有疑问请联系 0571-87654321 或李四光本人提供的 13912345678。'
    const replied = await patch(letter.id, { state: 'replied', reply: { text: replyText, department: transport.id } })
    expect(replied.status).toBe(200)
    expect((await json(replied)).doc.reply.repliedAt).toBeTruthy()

    // Publishing needs a closed letter.
    expect((await patch(letter.id, { publication: { published: true } })).status).toBe(400)
    expect((await patch(letter.id, { state: 'closed' })).status).toBe(200)
    const published = await patch(letter.id, { publication: { published: true } })
    expect(published.status).toBe(200)
    const publication = (await json(published)).doc.publication
    expect(publication.writerName).toBe('李**')
    expect(publication.content).not.toMatch(/13912345678|浙A12345|李四光/)
    expect(publication.reply).not.toMatch(/87654321|13912345678|李四光/)

    const [replyMail] = await smtp.waitFor(1, (m) => to('writer3@example.com')(m) && m.subject!.includes('已答复'))
    expect(replyMail.text).toContain('已在文化路增设临时停车位')

    // The writer follows it with the query code and sees the full reply.
    const tracked = await json(
      await site.rest('POST', '/mailboxes/track', { body: { number: letter.number, code: letter.queryCode } }),
    )
    expect(tracked).toMatchObject({ state: 'closed', reply: { text: replyText, department: '示范区交通运输局' } })
    expect(tracked.forwardedTo.map((f: Json) => f.department)).toEqual(['示范区交通运输局', '示范区住房和城乡建设局'])

    // The public list shows the redacted copy only.
    const list = await json(await site.rest('GET', '/mailboxes/quzhang/replies'))
    const item = list.docs.find((d: Json) => d.number === letter.number)
    expect(item).toMatchObject({ writerName: '李**', department: '示范区交通运输局' })
    expect(JSON.stringify(list)).not.toMatch(/13912345678|87654321|李四光|writer3@example\.com|浙A12345/)
    expect(item.phone).toBeUndefined()
    const single = await site.rest('GET', `/mailboxes/${mailboxIds[1]}/replies/${letter.number}`)
    expect((await json(single)).subject).toBe(item.subject)
  })

  it('publishes a reply with the new forms of personal data masked, as the public API shows it', async () => {
    const secrets = [
      '8613812345678',
      '１３８１２３４５６７８',
      '138.1234.5678',
      '330106 19900101 1234',
      '987654321',
      'zhangsan_1988',
      '501室',
      '张建国',
    ]
    const letter = await letterFromPublic({
      ...goodLetter(),
      content:
        '我的电话8613812345678，备用１３８１２３４５６７８或138.1234.5678，身份证330106 19900101 1234，' +
        'QQ 987654321，微信 zhangsan_1988。我家住在文化路88号3栋2单元501室，邻居张建国天天深夜装修。',
    })
    await patch(letter.id, { state: 'accepted' })
    const reply = '已联系邻居张建国（QQ：987654321）协调，依据某政发〔2025〕12号文件，罚款2000元。'
    await patch(letter.id, { state: 'replied', reply: { text: reply, department: transport.id } })
    await patch(letter.id, { state: 'closed' })
    expect((await patch(letter.id, { publication: { published: true } })).status).toBe(200)
    const list = await json(await site.rest('GET', `/mailboxes/${mailboxIds[1]}/replies`))
    const item = list.docs.find((d: Json) => d.number === letter.number)
    const single = await json(await site.rest('GET', `/mailboxes/${mailboxIds[1]}/replies/${letter.number}`))
    for (const shown of [JSON.stringify(item), JSON.stringify(single)]) {
      for (const secret of secrets) expect(shown).not.toContain(secret)
      // What is not personal stays readable.
      expect(shown).toContain('某政发〔2025〕12号')
      expect(shown).toContain('2000元')
    }
  })

  it('does not publish without the writer’s consent', async () => {
    const letter = await letterFromPublic({ ...goodLetter(), consentToPublish: false })
    await patch(letter.id, { state: 'accepted' })
    await patch(letter.id, { state: 'replied', reply: { text: '已答复', department: transport.id } })
    await patch(letter.id, { state: 'closed' })
    const refused = await patch(letter.id, { publication: { published: true } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await json(refused))).toMatch(/同意公开/)
  })

  it('needs a reason to reject, and shows it to the writer', async () => {
    const letter = await letterFromPublic()
    expect((await patch(letter.id, { state: 'rejected' })).status).toBe(400)
    expect(
      (await patch(letter.id, { state: 'rejected', rejection: { reason: '属于诉讼程序处理事项，请通过司法途径解决' } }))
        .status,
    ).toBe(200)
    expect((await patch(letter.id, { state: 'accepted' })).status).toBe(400)
    const tracked = await json(
      await site.rest('POST', '/mailboxes/track', { body: { number: letter.number, code: letter.queryCode } }),
    )
    expect(tracked).toMatchObject({
      state: 'rejected',
      rejection: { reason: '属于诉讼程序处理事项，请通过司法途径解决' },
    })
  })

  it('lets a handler enter a letter received by phone, only into their own mailboxes', async () => {
    const data = {
      mailbox: mailboxIds[0],
      source: 'phone',
      category: 'help',
      subject: '来电求助',
      content: '来电反映小区供水中断。',
      writerName: '王五',
      phone: '0571-87654321',
    }
    const created = await site.rest('POST', '/letters', { token: handler.token, body: data })
    expect(created.status).toBe(201)
    const doc = (await json(created)).doc
    expect(doc.number).toMatch(/^\d{4}-\d{6}$/)
    expect(doc.source).toBe('phone')
    expect(doc.queryCode).toMatch(/^[A-Z0-9-]{24}$/)
    expect((await site.rest('POST', '/letters', { token: outsider.token, body: data })).status).toBe(403)
    const anonymous = await site.rest('POST', '/letters', { body: data })
    expect(anonymous.status).toBe(403)

    // A new code for the caller: the old one stops working, only the letter's handlers may do it.
    const track = (code: string) =>
      site.rest('POST', '/mailboxes/track', {
        body: { number: doc.number, code },
        headers: { 'x-gongkai-peer': '198.51.100.60' },
      })
    expect((await site.rest('POST', `/letters/${doc.id}/query-code`, { token: outsider.token })).status).toBe(404)
    expect((await site.rest('POST', `/letters/${doc.id}/query-code`)).status).toBe(401)
    const reissued = await site.rest('POST', `/letters/${doc.id}/query-code`, { token: handler.token })
    expect(reissued.status).toBe(200)
    const { queryCode } = await json(reissued)
    expect(queryCode).not.toBe(doc.queryCode)
    expect((await track(doc.queryCode)).status).toBe(404)
    expect((await track(queryCode)).status).toBe(200)
  })
})

describe('reminders (催办)', () => {
  it('mails handlers and departments about letters due within 2 working days, once a day, from the jobs queue', async () => {
    const today = localDay(new Date(), 'Asia/Shanghai')
    const dueSoon = endOfLocalDay(addWorkingDays(today, 1), 'Asia/Shanghai').toISOString()
    const later = endOfLocalDay(addWorkingDays(today, 8), 'Asia/Shanghai').toISOString()
    const make = (subject: string, dueAt: string, state = 'accepted') =>
      site.payload.create({
        collection: 'letters',
        data: {
          mailbox: mailboxIds[2],
          category: 'complaint',
          subject,
          content: '内容内容内容内容内容',
          writerName: '赵六',
          phone: '13812345678',
          state,
          dueAt,
          ...(state === 'forwarded' ? { forwards: [{ department: housing.id, dueAt: dueSoon }] } : {}),
        } as never,
        overrideAccess: true,
        context: { skipMail: true },
      })
    const soon = await make('即将到期的来信', dueSoon, 'forwarded')
    await make('还有时间的来信', later)
    const before = smtp.messages.length

    await site.payload.jobs.queue({ task: 'mailboxReminders', input: {}, queue: 'default' })
    await site.payload.jobs.run({ queue: 'default' })
    const [handlerMail] = await smtp.waitFor(1, (m) => to(handler.email)(m) && m.subject!.includes('催办'))
    expect(handlerMail.text).toContain(soon.number!)
    expect(handlerMail.text).not.toContain('还有时间的来信')
    await smtp.waitFor(1, (m) => to(housingStaff.email)(m) && m.subject!.includes('催办'))
    const afterFirst = smtp.messages.length
    expect(afterFirst).toBeGreaterThan(before)

    // A second run the same day sends nothing new.
    await site.payload.jobs.queue({ task: 'mailboxReminders', input: {}, queue: 'default' })
    await site.payload.jobs.run({ queue: 'default' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages.filter((m) => m.subject!.includes('催办'))).toHaveLength(2)
  })
})
