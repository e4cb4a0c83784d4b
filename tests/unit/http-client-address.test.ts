import { describe, expect, it } from '@jest/globals'

import { addressGroup, createClientAddress, parseTrustedProxies } from '../../plugins/shared/http/clientAddress'

describe('the client address', () => {
  it('is the TCP peer when no proxy is trusted, whatever the headers say', () => {
    const resolve = createClientAddress([])
    expect(resolve({ socketAddress: '198.51.100.2', forwardedFor: '1.1.1.1', realIp: '2.2.2.2' })).toBe('198.51.100.2')
    expect(resolve({ socketAddress: '::ffff:198.51.100.2' })).toBe('198.51.100.2')
    expect(resolve({})).toBe('unknown')
  })

  it('believes X-Forwarded-For only from a trusted proxy, walking past trusted hops from the right', () => {
    const resolve = createClientAddress(['127.0.0.1', '10.0.0.0/8'])
    expect(resolve({ socketAddress: '127.0.0.1', forwardedFor: '1.1.1.1, 203.0.113.5' })).toBe('203.0.113.5')
    expect(resolve({ socketAddress: '127.0.0.1', forwardedFor: '1.1.1.1, 203.0.113.5, 10.1.2.3' })).toBe('203.0.113.5')
    expect(resolve({ socketAddress: '192.0.2.9', forwardedFor: '203.0.113.5' })).toBe('192.0.2.9')
    expect(resolve({ socketAddress: '127.0.0.1', forwardedFor: 'junk, 203.0.113.5' })).toBe('203.0.113.5')
    expect(resolve({ socketAddress: '127.0.0.1', forwardedFor: '203.0.113.5, junk' })).toBe('127.0.0.1')
  })

  it('takes X-Real-IP only from a trusted proxy that sent no X-Forwarded-For', () => {
    const resolve = createClientAddress(['::1'])
    expect(resolve({ socketAddress: '::1', realIp: '203.0.113.7' })).toBe('203.0.113.7')
    expect(resolve({ socketAddress: '198.51.100.1', realIp: '203.0.113.7' })).toBe('198.51.100.1')
  })

  it('refuses a trusted-proxy entry that is not an address or range', () => {
    expect(() => parseTrustedProxies(['10.0.0.0/33'])).toThrow('10.0.0.0/33')
    expect(() => parseTrustedProxies(['proxy.local'])).toThrow('proxy.local')
  })

  it('groups IPv6 addresses by /64 and keeps IPv4 whole', () => {
    expect(addressGroup('2001:db8:1:2:3:4:5:6')).toBe(addressGroup('2001:db8:1:2:ffff::1'))
    expect(addressGroup('2001:db8:1:3::1')).not.toBe(addressGroup('2001:db8:1:2::1'))
    expect(addressGroup('203.0.113.5')).toBe('203.0.113.5')
  })
})
