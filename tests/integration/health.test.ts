import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { startTestSite, type TestSite } from '../helpers/testPayload'

let site: TestSite
beforeAll(async () => {
  site = await startTestSite()
})
afterAll(async () => site?.close())

it('answers 200 while the database is reachable', async () => {
  const response = await site.rest('GET', '/health')
  expect(response.status).toBe(200)
  expect(await response.json()).toMatchObject({ status: 'ok', database: 'up' })
})

it('answers 503 when the database fails', async () => {
  const original = site.payload.db.count
  site.payload.db.count = async () => {
    throw new Error('connection refused')
  }
  try {
    const response = await site.rest('GET', '/health')
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({ database: 'down' })
  } finally {
    site.payload.db.count = original
  }
})
