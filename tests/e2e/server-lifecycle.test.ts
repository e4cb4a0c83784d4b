import { expect, it } from '@jest/globals'

import { startSite } from '../helpers/server'

it('prints the demo accounts once on first start and shuts down cleanly on SIGTERM', async () => {
  const site = await startSite({}, { fresh: true })
  const output = site.output()
  for (const email of ['admin@', 'editor@', 'reviewer@', 'handler@', 'analyst@']) {
    expect(output).toContain(`${email}example.com`)
  }
  expect(output).toContain(site.password)
  const health = await fetch(`${site.url}/api/health`)
  expect(health.status).toBe(200)
  const code = await site.stop('SIGTERM')
  expect(code).toBe(0)
  expect(site.output()).toContain('[shutdown] SIGTERM received')
}, 180_000)
