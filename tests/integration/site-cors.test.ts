import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { startTestSite, type TestSite } from '../helpers/testPayload'

let site: TestSite
beforeAll(async () => {
  site = await startTestSite({ env: { CORS_ORIGINS: 'https://static.district.example, https://mirror.example/' } })
})
afterAll(async () => site?.close())

it('lets the static export’s host call the public API from a browser, and no other host', async () => {
  const allowed = await site.rest('GET', '/search?q=通知', { headers: { Origin: 'https://static.district.example' } })
  expect(allowed.headers.get('access-control-allow-origin')).toBe('https://static.district.example')
  const other = await site.rest('GET', '/search?q=通知', { headers: { Origin: 'https://evil.example' } })
  expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
  const preflight = await site.rest('OPTIONS', '/hits', {
    headers: { Origin: 'https://mirror.example', 'Access-Control-Request-Method': 'POST' },
  })
  expect(preflight.headers.get('access-control-allow-origin')).toBe('https://mirror.example')
})
