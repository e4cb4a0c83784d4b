import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { startTestMailbox, type TestMailbox } from '../helpers/smtp'
import { startTestSite, type TestSite } from '../helpers/testPayload'

let site: TestSite
let mailbox: TestMailbox

beforeAll(async () => {
  mailbox = await startTestMailbox()
  site = await startTestSite({ env: { SMTP_URL: mailbox.url, MAIL_FROM: '"示范区政府网站" <web@district.example>' } })
})
afterAll(async () => {
  await site?.close()
  await mailbox?.close()
})

it('delivers mail through SMTP_URL with the configured sender', async () => {
  await site.payload.sendEmail({ to: 'citizen@example.test', subject: '您的来信已受理', text: '来信编号 2026-000123' })
  const [mail] = await mailbox.waitFor(1, (m) => m.subject === '您的来信已受理')
  expect(mail.from?.value[0]).toMatchObject({ address: 'web@district.example', name: '示范区政府网站' })
  expect(mail.text).toContain('2026-000123')
})

it('sends the password-reset mail of the admin to the real server', async () => {
  await site.payload.create({
    collection: 'users',
    data: { email: 'forgetful@example.test', password: 'long-enough-1', roles: ['editor'], language: 'zh' },
    overrideAccess: true,
  })
  const response = await site.rest('POST', '/users/forgot-password', { body: { email: 'forgetful@example.test' } })
  expect(response.status).toBe(200)
  const [mail] = await mailbox.waitFor(1, (m) => (m.to as { text: string }).text.includes('forgetful@example.test'))
  expect(mail.html || mail.text).toMatch(/reset/i)
})
