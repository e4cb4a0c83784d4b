import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startSite, type RunningSite } from '../helpers/server'

/** Issue 11 item 11: sign-in cookies and CSRF as `npm start` runs them in production. */
describe('production auth cookies', () => {
  const siteUrl = 'https://gongkai.example.test'
  let site: RunningSite

  beforeAll(async () => {
    site = await startSite({ SITE_URL: siteUrl })
  }, 180_000)
  afterAll(async () => {
    await site?.stop()
  })

  const login = () =>
    fetch(`${site.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: siteUrl },
      body: JSON.stringify({ email: 'admin@example.com', password: site.password }),
    })

  it('marks the sign-in cookie Secure and HttpOnly', async () => {
    const response = await login()
    expect(response.status).toBe(200)
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
  })

  it('accepts the cookie only from the site’s own origin (CSRF allow-list from SITE_URL)', async () => {
    const cookie = (await login()).headers
      .getSetCookie()
      .find((value) => value.startsWith('payload-token='))!
      .split(';')[0]
    const me = async (origin: string) => {
      const response = await fetch(`${site.url}/api/users/me`, { headers: { Cookie: cookie, Origin: origin } })
      return ((await response.json()) as { user: { email: string } | null }).user?.email ?? null
    }
    expect(await me(siteUrl)).toBe('admin@example.com')
    expect(await me('https://evil.example')).toBeNull()
  })
})

describe('production start without SITE_URL', () => {
  it('refuses to start and says why', async () => {
    let message = ''
    try {
      const site = await startSite({ SITE_URL: '' })
      await site.stop()
    } catch (error) {
      message = String(error)
    }
    expect(message).toMatch(/SITE_URL must be set in production/)
  }, 180_000)
})
