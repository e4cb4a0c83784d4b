import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { scheduledChangeTask } from '../../plugins/publish-workflow'
import type { Role } from '../../plugins/shared/access'
import { graphqlClient, type GraphQLCall } from './content-fixtures'
import { startTestMailbox, type TestMailbox } from '../helpers/smtp'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'

/**
 * Scheduled changes on the reference site, as the production server runs them (its tick
 * endpoint): who may touch the jobs, a schedule nobody would run is refused, a job is checked
 * against its record when it runs, and a change that fails is retried, reported once and
 * listed for administrators.
 */
const runnerToken = 'runner-token-for-this-test'
let site: TestSite
let mailbox: TestMailbox
let graphql: { call: GraphQLCall; release: () => void }
let admin: TestUser
let otherAdmin: TestUser
let editor: TestUser
let reviewer: TestUser
const staff: Partial<Record<string, TestUser>> = {}
let department: number
let column: number

const roles: (Role | 'anonymous')[] = ['anonymous', 'editor', 'reviewer', 'mailbox-handler', 'analyst', 'admin']

beforeAll(async () => {
  mailbox = await startTestMailbox()
  site = await startTestSite({ env: { JOBS_RUNNER_TOKEN: runnerToken, SMTP_URL: mailbox.url } })
  graphql = await graphqlClient(site)
  admin = await createTestUser(site, ['admin'])
  otherAdmin = await createTestUser(site, ['admin'])
  editor = await createTestUser(site, ['editor'])
  reviewer = await createTestUser(site, ['reviewer'])
  for (const role of roles)
    if (role !== 'anonymous') staff[role] = role === 'admin' ? admin : await createTestUser(site, [role])
  department = (
    await site.payload.create({
      collection: 'departments',
      data: { name: '定时任务测试局', orgCode: 'JOB000001X' },
      overrideAccess: true,
    })
  ).id as number
  column = (
    await site.payload.create({
      collection: 'columns',
      data: { name: '定时栏目', slug: 'job-safety', kind: 'notices' },
      overrideAccess: true,
    })
  ).id as number
}, 120_000)
afterAll(async () => {
  graphql?.release()
  await site?.close()
  await mailbox?.close()
})

const tick = (token = runnerToken) =>
  site.rest('GET', '/jobs-runner/tick', { headers: { 'x-jobs-runner-token': token } })
const act = (id: number, action: string, user: TestUser, body: object = {}) =>
  site.rest('POST', `/notices/${id}/workflow/${action}`, { token: user.token, body })
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()
const isPublic = async (id: number) => (await site.rest('GET', `/notices/${id}`)).status === 200

async function approvedNotice(title: string, data: Record<string, unknown> = { department }) {
  const created = await site.rest('POST', '/notices?draft=true', {
    token: editor.token,
    body: { title, type: 'announcement', primaryColumn: column, ...data },
  })
  expect(created.status).toBe(201)
  const id = ((await created.json()) as { doc: { id: number } }).doc.id
  expect((await act(id, 'submit', editor)).status).toBe(200)
  expect((await act(id, 'approve', reviewer)).status).toBe(200)
  expect((await act(id, 'approve', admin)).status).toBe(200)
  return id
}

async function jobsOf(id: number) {
  const jobs = await site.payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: scheduledChangeTask } },
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  return jobs.docs.filter((job) => String((job.input as { id?: unknown } | null)?.id) === String(id))
}

async function failedList(user: TestUser) {
  const response = await site.rest('GET', '/workflow/failed-schedules', { token: user.token })
  return { status: response.status, body: (await response.json()) as { docs?: { id: string; reason: string }[] } }
}

describe('the jobs collection: the system writes jobs, administrators read them', () => {
  it.each(roles)('%s through REST', async (role) => {
    const token = staff[role]?.token
    const list = await site.rest('GET', '/payload-jobs', { token })
    expect(list.status).toBe(role === 'admin' ? 200 : 403)
    const create = await site.rest('POST', '/payload-jobs', {
      token,
      body: { taskSlug: scheduledChangeTask, queue: 'default', input: { collection: 'notices', id: '1' } },
    })
    expect(create.status).toBe(403)
    const run = await site.rest('GET', '/payload-jobs/run', { token })
    expect(run.status).toBe(role === 'admin' ? 200 : 401)
    expect((await tick('not-the-token')).status).toBe(404)
  })

  it.each(roles)('%s through GraphQL', async (role) => {
    const token = staff[role]?.token
    const read = await graphql.call('{ PayloadJobs { docs { id } } }', token)
    if (role === 'admin') expect(read.body.errors).toBeUndefined()
    else expect(read.body.errors?.length).toBeGreaterThan(0)
    const create = await graphql.call(
      `mutation { createPayloadJob(data: { queue: "default", taskSlug: ${scheduledChangeTask}, input: "{}" }) { id } }`,
      token,
    )
    expect(create.body.errors?.length).toBeGreaterThan(0)
    expect(create.body.data?.createPayloadJob ?? null).toBeNull()
  })
})

describe('a schedule needs a runner', () => {
  it('is refused with 503 and leaves nothing behind while no runner has been seen', async () => {
    const id = await approvedNotice('无执行器时的定时发布')
    const response = await act(id, 'publish', admin, { at: inSeconds(60) })
    expect(response.status).toBe(503)
    expect(JSON.stringify(await response.json())).toMatch(/任务执行器|job runner/)
    const doc = await site.payload.findByID({ collection: 'notices', id, draft: true, overrideAccess: true })
    expect(doc.workflow?.scheduledPublishAt ?? null).toBeNull()
    expect(await jobsOf(id)).toHaveLength(0)
    const audit = await site.payload.find({
      collection: 'workflow-audit-log',
      where: { and: [{ item: { equals: String(id) } }, { action: { equals: 'schedule' } }] },
      overrideAccess: true,
    })
    expect(audit.totalDocs).toBe(0)

    // Once a runner has ticked (its heartbeat is recorded), the same schedule is accepted.
    expect((await tick()).status).toBe(200)
    expect((await act(id, 'publish', admin, { at: inSeconds(60) })).status).toBe(200)
  })
})

describe('a scheduled job is checked against its record when it runs', () => {
  beforeAll(async () => {
    expect((await tick()).status).toBe(200)
  })

  it('does nothing when a job written by another path names a user who did not schedule it', async () => {
    const id = await approvedNotice('被伪造的定时任务')
    const at = inSeconds(3600)
    expect((await act(id, 'publish', admin, { at })).status).toBe(200)
    const [real] = await jobsOf(id)
    const input = real.input as Record<string, unknown>
    // Same item, time and version, but "as" another administrator, due now; and one without a version.
    for (const forged of [
      { ...input, userId: String(otherAdmin.id) },
      { collection: 'notices', id: String(id), change: 'publish', at, userId: String(admin.id) },
    ])
      await site.payload.jobs.queue({ task: scheduledChangeTask as never, input: forged as never, queue: 'default' })
    expect((await tick()).status).toBe(200)
    expect(await isPublic(id)).toBe(false)
    const refused = (await jobsOf(id)).filter((job) => job.hasError)
    expect(refused).toHaveLength(2)
    expect(refused.map((job) => (job.error as { message?: string }).message)).toEqual([
      expect.stringMatching(/no schedule on record/),
      expect.stringMatching(/no schedule on record/),
    ])
    const audit = await site.payload.find({
      collection: 'workflow-audit-log',
      where: { and: [{ item: { equals: String(id) } }, { action: { equals: 'scheduled-publish' } }] },
      overrideAccess: true,
    })
    expect(audit.totalDocs).toBe(0)
    const listed = await failedList(admin)
    expect(listed.status).toBe(200)
    expect(listed.body.docs!.filter((row) => row.id === String(id))).toHaveLength(2)
    for (const user of [editor, reviewer, staff.analyst!, staff['mailbox-handler']!])
      expect((await failedList(user)).status).toBe(403)
  })

  it('does nothing when the user who scheduled it may no longer publish, and tells them', async () => {
    const publisher = await createTestUser(site, ['admin'])
    const id = await approvedNotice('排期人失去权限')
    const at = inSeconds(2)
    expect((await act(id, 'publish', publisher, { at })).status).toBe(200)
    await site.payload.update({
      collection: 'users',
      id: publisher.id,
      data: { roles: ['editor'] },
      overrideAccess: true,
    })
    await new Promise((resolve) => setTimeout(resolve, Date.parse(at) - Date.now() + 100))
    expect((await tick()).status).toBe(200)
    expect(await isPublic(id)).toBe(false)
    const [job] = await jobsOf(id)
    expect(job.hasError).toBe(true)
    expect((job.error as { message?: string }).message).toMatch(/may no longer publish/)
    const [mail] = await mailbox.waitFor(1, (m) =>
      Boolean(m.subject?.includes('排期人失去权限') && m.subject.includes('未执行')),
    )
    expect(mail.subject).toBe('【定时发布未执行】排期人失去权限')
    expect((mail.to as { text: string }).text).toContain(publisher.email)
  })

  it('retries a failing change with growing waits, then logs it once, lists it and mails the scheduler', async () => {
    // Its department is deleted after the schedule: the notice can no longer be published
    // (the field is required), however often the job tries.
    const gone = await site.payload.create({
      collection: 'departments',
      data: { name: '即将撤销的部门', orgCode: 'JOB000002X' },
      overrideAccess: true,
    })
    const title = `无法发布的公告${Date.now() % 10000}`
    const id = await approvedNotice(title, { department: gone.id })
    const at = inSeconds(2)
    expect((await act(id, 'publish', admin, { at })).status).toBe(200)
    await site.payload.delete({ collection: 'departments', id: gone.id, overrideAccess: true })
    await new Promise((resolve) => setTimeout(resolve, Date.parse(at) - Date.now() + 100))

    const errors: unknown[] = []
    const logger = site.payload.logger
    const error = logger.error.bind(logger)
    logger.error = ((...args: Parameters<typeof error>) => {
      if (JSON.stringify(args[0] ?? '').includes(`notices ${id} `)) errors.push(args[0])
      return error(...args)
    }) as typeof logger.error
    try {
      const waits: number[] = []
      for (let attempt = 1; attempt <= 4; attempt++) {
        const before = Date.now()
        expect((await tick()).status).toBe(200)
        const [job] = await jobsOf(id)
        expect(job.totalTried).toBe(attempt)
        if (attempt < 4) {
          expect(job.hasError).toBeFalsy()
          waits.push(Date.parse(String(job.waitUntil)) - before)
          // Let the next attempt fall due now rather than wait out the backoff.
          await site.payload.db.updateOne({
            collection: 'payload-jobs',
            id: job.id,
            data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
          })
        } else {
          expect(job.hasError).toBe(true)
        }
      }
      expect(waits[0]).toBeGreaterThanOrEqual(9_000)
      expect(waits[1]).toBeGreaterThanOrEqual(19_000)
      expect(waits[2]).toBeGreaterThanOrEqual(39_000)
    } finally {
      logger.error = error
    }
    expect(errors).toHaveLength(1)
    expect(JSON.stringify(errors[0])).toMatch(/failed after 4 attempts/)
    expect(await isPublic(id)).toBe(false)
    const listed = (await failedList(admin)).body.docs!.filter((row) => row.id === String(id))
    expect(listed).toHaveLength(1)
    expect(listed[0].reason).not.toBe('')
    const mails = await mailbox.waitFor(1, (m) => Boolean(m.subject?.includes(title) && m.subject.includes('未执行')))
    expect(mails).toHaveLength(1)
  }, 120_000)
})
