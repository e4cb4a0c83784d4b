import { expect, it, jest } from '@jest/globals'

import { emailAdapter, parseMailFrom } from '../../src/lib/email'

it('parses MAIL_FROM with and without a display name', () => {
  expect(parseMailFrom('"区政府" <a@b.cn>')).toEqual({ name: '区政府', address: 'a@b.cn' })
  expect(parseMailFrom('a@b.cn')).toMatchObject({ address: 'a@b.cn' })
  expect(parseMailFrom(undefined).address).toBe('no-reply@localhost')
})

it('prints mail to the console when no SMTP is configured, instead of losing it', async () => {
  const info = jest.spyOn(console, 'info').mockImplementation(() => {})
  try {
    const adapter = (await emailAdapter({}))({ payload: { logger: console } as never })
    await adapter.sendEmail({ to: 'x@example.test', subject: '测试邮件', text: '正文内容' })
    const printed = info.mock.calls.map((call) => String(call[0])).join('\n')
    expect(printed).toContain('测试邮件')
    expect(printed).toContain('x@example.test')
    expect(printed).toContain('正文内容')
  } finally {
    info.mockRestore()
  }
})
