import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { minimalConfig } from '../../plugins/publish-workflow/testing/minimalConfig'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'

/**
 * The scheduled job runs by itself through `jobs.autoRun` (the reference site runs the
 * queue every minute; here every second, so that the test is short).
 */
let site: TestSite
let admin: TestUser
let editor: TestUser

beforeAll(async () => {
  site = await startTestSite({
    config: (url) =>
      minimalConfig(url, { collections: { posts: { steps: [{ name: 'review', roles: ['admin'] }] } } }, '* * * * * *'),
  })
  admin = await createTestUser(site, ['admin'])
  editor = await createTestUser(site, ['editor'])
})
afterAll(async () => site?.close())

it('publishes a scheduled item without anyone calling the runner (one-step chain)', async () => {
  const created = (await (
    await site.rest('POST', '/posts', { token: editor.token, body: { title: '自动定时发布' } })
  ).json()) as {
    doc: { id: number }
  }
  const id = created.doc.id
  const act = (action: string, body: object = {}) =>
    site.rest('POST', `/posts/${id}/workflow/${action}`, { token: admin.token, body })
  await site.rest('POST', `/posts/${id}/workflow/submit`, { token: editor.token, body: {} })
  expect((await act('approve')).status).toBe(200)
  expect((await act('schedule', { at: new Date(Date.now() + 1500).toISOString() })).status).toBe(200)
  const deadline = Date.now() + 20_000
  while ((await site.rest('GET', `/posts/${id}`)).status !== 200) {
    if (Date.now() > deadline) throw new Error('the scheduled item was not published by autoRun within 20 s')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
})
