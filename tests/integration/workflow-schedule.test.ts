import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { publicChanges } from '../../plugins/publish-workflow/testing/minimalConfig'
import type { TestSite } from '../helpers/testPayload'
import type { TestUser } from '../helpers/users'
import { startWorkflowSite, json, postAction, type Json } from '../helpers/workflowSite'

/** Scheduled publishing and unpublishing (定时发布/下线) through Payload's jobs queue. */
let site: TestSite
let admin: TestUser
let editor: TestUser
let reviewer: TestUser

beforeAll(async () => {
  ;({ site, admin, editor, reviewer } = await startWorkflowSite())
})
afterAll(async () => site?.close())

const act = (id: number | string, action: string, user: TestUser, body: object = {}) =>
  postAction(site, id, action, user, body)
const sleepUntil = async (iso: string) => {
  const wait = Date.parse(iso) - Date.now() + 50
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
}
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()

async function approvedPost(title: string) {
  const created = await json(await site.rest('POST', '/posts', { token: editor.token, body: { title } }))
  const id = created.doc.id as number | string
  await act(id, 'submit', editor)
  await act(id, 'approve', reviewer)
  expect((await act(id, 'approve', admin)).status).toBe(200)
  return id
}
const isPublic = async (id: number | string) => (await site.rest('GET', `/posts/${id}`)).status === 200

describe('scheduling', () => {
  it('refuses a past time and a time without a zone', async () => {
    const id = await approvedPost('过去的时间')
    const past = await act(id, 'schedule', admin, { at: new Date(Date.now() - 60_000).toISOString() })
    expect(past.status).toBe(400)
    expect(JSON.stringify(await past.json())).toMatch(/past|早于/)
    expect((await act(id, 'schedule', admin, { at: '2030-01-01 09:00' })).status).toBe(400)
    expect((await act(id, 'schedule', admin, { at: 'tomorrow' })).status).toBe(400)
    expect((await act(id, 'schedule', admin)).status).toBe(400)
  })

  it('publishes the item when the runner passes its time, not before', async () => {
    const id = await approvedPost('定时发布的公告')
    const at = inSeconds(2)
    const response = await json(await act(id, 'publish', admin, { at }))
    expect(response.workflow).toMatchObject({ state: 'approved' })
    expect(Date.parse(response.workflow.scheduledPublishAt)).toBe(Date.parse(at))
    await site.payload.jobs.run({ queue: 'default' })
    expect(await isPublic(id)).toBe(false)
    await sleepUntil(at)
    await site.payload.jobs.run({ queue: 'default' })
    expect(await isPublic(id)).toBe(true)
    const entries = await site.payload.find({
      collection: 'workflow-audit-log' as never,
      where: { item: { equals: String(id) } },
      sort: 'at',
      overrideAccess: true,
    })
    const actions = (entries.docs as unknown as Json[]).map((e) => [e.action, e.userEmail])
    expect(actions.slice(-2)).toEqual([
      ['schedule', admin.email],
      ['scheduled-publish', admin.email],
    ])
    expect(publicChanges).toContainEqual(expect.objectContaining({ id, action: 'publish' }))
  })

  it('skips a cancelled schedule', async () => {
    const id = await approvedPost('取消定时')
    const at = inSeconds(1)
    await act(id, 'schedule', admin, { at })
    expect((await act(id, 'cancel-schedule', editor)).status).toBe(403)
    expect((await act(id, 'cancel-schedule', admin)).status).toBe(200)
    await sleepUntil(at)
    await site.payload.jobs.run({ queue: 'default' })
    expect(await isPublic(id)).toBe(false)
  })

  it('takes an item down at its scheduled unpublish time', async () => {
    const id = await approvedPost('定时下线')
    await act(id, 'publish', admin)
    const at = inSeconds(1)
    const scheduled = await act(id, 'unpublish', admin, { at })
    expect(scheduled.status).toBe(200)
    expect(await isPublic(id)).toBe(true)
    await sleepUntil(at)
    await site.payload.jobs.run({ queue: 'default' })
    expect(await isPublic(id)).toBe(false)
  })
})
