import { describe, expect, it } from '@jest/globals'

import { maskName, redactedMark, redactText } from '../../plugins/mailboxes/lib/redaction'

describe('masking the writer’s name', () => {
  it.each([
    ['张三', '张*'],
    ['李四光', '李**'],
    ['欧阳娜娜', '欧***'],
    ['  王五 ', '王*'],
    ['John Smith', 'J***'],
    ['', '匿名'],
  ])('%s → %s', (name, masked) => expect(maskName(name)).toBe(masked))
})

describe('redacting personal data inside text', () => {
  const cases: [string, string][] = [
    ['mobile', '请回电13812345678，谢谢'],
    ['mobile with spaces', '手机 138 1234 5678 全天开机'],
    ['mobile with dashes', '联系 138-1234-5678'],
    ['mobile with +86', '电话+8613912345678'],
    ['mobile with +86 and space', '电话 +86 139 1234 5678'],
    ['mobile with 0086', '0086-15012345678'],
    ['landline with dash', '座机0571-87654321'],
    ['landline, 3-digit area code', '北京010-12345678'],
    ['landline with space', '0571 8765 4321 转 8001'],
    ['landline in brackets', '(0571)87654321'],
    ['landline in full-width brackets', '（0571）87654321'],
    ['landline with extension', '0571-87654321-8001'],
    ['landline with +86', '+86 571 8765 4321'],
    ['local number after 电话', '电话：87654321'],
    ['ID card', '身份证号330106199001011234'],
    ['ID card ending in X', '身份证33010619900101123X，'],
    ['ID card ending in lower-case x', '证件号 33010619900101123x'],
    ['old 15-digit ID card', '老身份证330106900101123'],
    ['bank card', '卡号6222 0212 3456 7890 123'],
    ['email', '邮箱zhang.san+mail@example.com.cn'],
    ['licence plate', '车牌浙A12345违停'],
    ['licence plate, lower case', '浙a12345'],
    ['new-energy plate with dot', '京A·D12345'],
    ['new-energy plate', '粤BD12345'],
    ['new-energy plate, letter last', '沪A12345D'],
    ['trailer plate', '苏E1234挂'],
    ['plate with space', '川A 8B8B8'],
  ]
  it.each(cases)('%s', (_label, text) => {
    const redacted = redactText(text)
    expect(redacted).toContain(redactedMark)
    // No run of 5+ digits survives, and no plate or address fragment.
    expect(redacted).not.toMatch(/\d{5,}/)
    expect(redacted).not.toMatch(/@|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Za-z]/)
  })

  it('keeps ordinary numbers: dates, amounts, counts, house numbers', () => {
    const text = '2025年10月1日起，120户居民、3000元补贴，文化路88号，第12345期不受影响'
    expect(redactText(text)).toBe(text)
  })

  it('masks the writer’s own name where it appears in the text', () => {
    expect(redactText('我是张三丰，住在附近', ['张三丰'])).toBe('我是张**，住在附近')
  })

  it('handles several items in one text', () => {
    const redacted = redactText('张三 13812345678 zhang@example.com 浙A12345 330106199001011234', ['张三'])
    expect(redacted).toBe(`张* ${redactedMark} ${redactedMark} ${redactedMark} ${redactedMark}`)
  })
})
