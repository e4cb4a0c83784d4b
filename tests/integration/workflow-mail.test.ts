import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { ParsedMail } from 'mailparser'

import { minimalConfig } from '../../plugins/publish-workflow/testing/minimalConfig'
import { startTestMailbox, type TestMailbox } from '../helpers/smtp'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'

/** Notifications through a real SMTP server, each in the recipient's language (Chinese by default). */
let site: TestSite
let mailbox: TestMailbox
let admin: TestUser
let editor: TestUser
let reviewerZh: TestUser
let reviewerEn: TestUser

beforeAll(async () => {
  mailbox = await startTestMailbox()
  site = await startTestSite({ config: (url) => minimalConfig(url), env: { SMTP_URL: mailbox.url } })
  admin = await createTestUser(site, ['admin'])
  editor = await createTestUser(site, ['editor'])
  reviewerZh = await createTestUser(site, ['reviewer'])
  reviewerEn = await createTestUser(site, ['reviewer'], { language: 'en' })
})
afterAll(async () => {
  await site?.close()
  await mailbox?.close()
})

const to = (user: TestUser) => (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : [mail.to]).some((a) => a?.text.includes(user.email))
const act = (id: number | string, action: string, user: TestUser, body: object = {}) =>
  site.rest('POST', `/posts/${id}/workflow/${action}`, { token: user.token, body })

it('mails the next step’s reviewers, then the author at each decision', async () => {
  const created = (await (
    await site.rest('POST', '/posts', { token: editor.token, body: { title: '关于征地补偿标准的公示' } })
  ).json()) as { doc: { id: number } }
  const id = created.doc.id

  await act(id, 'submit', editor)
  const [zh] = await mailbox.waitFor(1, to(reviewerZh))
  expect(zh.subject).toBe('【待审核】关于征地补偿标准的公示')
  expect(zh.text).toContain('初审')
  expect(zh.text).toContain(`/admin/collections/posts/${id}`)
  const [en] = await mailbox.waitFor(1, to(reviewerEn))
  expect(en.subject).toBe('[Review requested] 关于征地补偿标准的公示')
  expect(en.text).toContain('First review')

  await act(id, 'approve', reviewerEn, { comment: 'OK' })
  const [final] = await mailbox.waitFor(1, to(admin))
  expect(final.text).toContain('终审')

  await act(id, 'request-changes', admin, { comment: '请补充补偿标准附表' })
  const [back] = await mailbox.waitFor(1, to(editor))
  expect(back.subject).toBe('【退回修改】关于征地补偿标准的公示')
  expect(back.text).toContain('请补充补偿标准附表')

  await act(id, 'submit', editor)
  await act(id, 'approve', reviewerZh)
  await act(id, 'approve', admin)
  await mailbox.waitFor(2, to(editor))
  expect(mailbox.messages.filter(to(editor)).map((m) => m.subject)).toContain('【审核通过】关于征地补偿标准的公示')

  await act(id, 'publish', admin)
  await mailbox.waitFor(1, (m) => to(editor)(m) && m.subject === '【已发布】关于征地补偿标准的公示')
  await act(id, 'withdraw', admin, { reason: '补偿标准调整', mode: 'withdrawn' })
  const [withdrawn] = await mailbox.waitFor(1, (m) => to(editor)(m) && m.subject === '【已撤回】关于征地补偿标准的公示')
  expect(withdrawn.text).toContain('补偿标准调整')
})
