import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, initTransaction, killTransaction, commitTransaction } from 'payload'

import { siteBridge, type OutsideCache } from '../../src/server/bridge.mjs'
import { itOnPostgres } from '../helpers/itOnPostgres'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'
import { makeColumn, makeDepartment } from './content-fixtures'

/**
 * A public change reaches the caches only once its transaction has committed: a cache
 * dropped earlier could be refilled by a render reading the old rows. The stand-in page
 * cache below reads the department as a separate visitor would (no request, so outside the
 * writer's transaction) at the moment it is told to drop its pages.
 */
let site: TestSite
let admin: TestUser
let departmentId: number
type Seen = { tags: readonly string[]; name: string | undefined }
const seen: Seen[] = []
const pending: Promise<void>[] = []

const recorder: OutsideCache = {
  name: 'test page cache',
  invalidate(tags) {
    pending.push(
      site.payload
        .find({ collection: 'departments', where: { id: { equals: departmentId } }, depth: 0, limit: 1 })
        .then(({ docs }) => {
          seen.push({ tags, name: docs[0]?.name })
        }),
    )
  },
}

const settled = async () => {
  await Promise.all(pending)
  pending.length = 0
}

beforeAll(async () => {
  site = await startTestSite()
  admin = await createTestUser(site, ['admin'])
  const department = await site.payload.create({
    collection: 'departments',
    data: { name: '区政府办公室', orgCode: 'QZFB-01' },
    overrideAccess: true,
  })
  departmentId = department.id
  siteBridge().outsideCaches.add(recorder)
}, 120_000)
afterAll(async () => {
  siteBridge().outsideCaches.delete(recorder)
  await site?.close()
})
afterEach(async () => {
  await settled()
  seen.length = 0
})

describe('invalidation after commit', () => {
  it('drops the caches once for an edit through the API, after the new name is readable', async () => {
    const response = await site.rest('PATCH', `/departments/${departmentId}`, {
      token: admin.token,
      body: { name: '区人民政府办公室' },
    })
    expect(response.status).toBe(200)
    await settled()
    expect(seen).toEqual([
      { tags: expect.arrayContaining(['departments', `departments:${departmentId}`]), name: '区人民政府办公室' },
    ])
  })

  // Payload's SQLite adapter runs without transactions by default: each write has committed
  // when its hook runs, which the first test covers.
  itOnPostgres(
    'waits for a transaction that trusted server code holds open, and drops nothing on rollback',
    async () => {
      const req = await createLocalReq({}, site.payload)
      await initTransaction(req)
      await site.payload.update({ collection: 'departments', id: departmentId, data: { name: '撤销的名称' }, req })
      await settled()
      expect(seen).toEqual([])
      await killTransaction(req)
      await settled()
      expect(seen).toEqual([])

      const commitReq = await createLocalReq({}, site.payload)
      await initTransaction(commitReq)
      await site.payload.update({
        collection: 'departments',
        id: departmentId,
        data: { name: '区政府办' },
        req: commitReq,
      })
      await site.payload.update({
        collection: 'departments',
        id: departmentId,
        data: { shortName: '区府办' },
        req: commitReq,
      })
      await settled()
      expect(seen).toEqual([])
      await commitTransaction(commitReq)
      await settled()
      // Both writes of the transaction in one invalidation, seen with the committed name.
      // The change names no columns, so the lists of every column are dropped too.
      expect(seen).toEqual([
        { tags: ['departments', `departments:${departmentId}`, 'departments@column:*'], name: '区政府办' },
      ])
    },
  )

  it('leaves drafts alone', async () => {
    const column = await makeColumn(site, { name: '通知公告', slug: 'tzgg' })
    const department = await makeDepartment(site)
    await settled()
    seen.length = 0
    const response = await site.rest('POST', '/notices?draft=true', {
      token: admin.token,
      body: {
        title: '尚未发布的通知',
        type: 'notification',
        disclosureMode: 'proactive',
        primaryColumn: column.id,
        department: department.id,
      },
    })
    expect(response.status).toBe(201)
    await settled()
    expect(seen).toEqual([])
  })
})
