import { describe, expect, it } from '@jest/globals'

import { phoneKind } from '../../plugins/mailboxes/lib/phone'
import { hashQueryCode, newQueryCode, queryCodeMatches } from '../../plugins/shared/abuse/queryCode'

describe('Chinese phone numbers', () => {
  it.each([
    ['13812345678', 'mobile'],
    ['19912345678', 'mobile'],
    ['+8613812345678', 'mobile'],
    ['+86 138 1234 5678', 'mobile'],
    ['86-138-1234-5678', 'mobile'],
    ['0571-87654321', 'landline'],
    ['010-62345678', 'landline'],
    ['0571 8765432', 'landline'],
    ['(0571)87654321', 'landline'],
    ['0571-87654321-8001', 'landline'],
    ['0571-87654321转8001', 'landline'],
    ['057187654321', 'landline'],
  ])('%s is a %s number', (value, kind) => expect(phoneKind(value)).toBe(kind))

  it.each([
    '12812345678', // 12x is not a mobile prefix
    '1381234567', // 10 digits
    '138123456789', // 12 digits
    '87654321', // landline without area code
    '0571-1234567', // local numbers do not start with 1
    '+1 415 555 0100',
    '138-1234-567a',
    '<script>',
    '',
    '1'.repeat(40),
  ])('%s is refused', (value) => expect(phoneKind(value)).toBeNull())
})

describe('query codes', () => {
  it('are random, about 97 bits, and checked case- and dash-insensitively against their hash', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => newQueryCode()))
    expect(codes.size).toBe(1000)
    const code = newQueryCode()
    expect(code.replace(/-/g, '')).toHaveLength(20)
    const hash = hashQueryCode(code, 'pepper')
    expect(hash).not.toContain(code)
    expect(queryCodeMatches(code.toLowerCase().replace(/-/g, ' '), hash, 'pepper')).toBe(true)
    expect(queryCodeMatches(code, hash, 'other pepper')).toBe(false)
    expect(queryCodeMatches(code, undefined, 'pepper')).toBe(false)
  })
})
