import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Column, Department } from '../../payload-types'
import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'
import { contentOnlyConfig, makeColumn, makeDepartment } from './content-fixtures'

let site: TestSite
let editor: TestUser
let column: Column

beforeAll(async () => {
  site = await startTestSite({ config: contentOnlyConfig })
  editor = await createTestUser(site, ['editor'])
  column = await makeColumn(site, { name: '通知公告', slug: 'tzgg' })
})
afterAll(async () => site?.close())

const sequences = (numbers: (string | null | undefined)[]) =>
  numbers.map((number) => Number(String(number).split('-').pop())).sort((a, b) => a - b)

describe('index numbers under concurrency', () => {
  it('gives 50 notices created at the same moment for one department 50 distinct, gap-free numbers', async () => {
    const department: Department = await makeDepartment(site, '并发局')
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        site.rest('POST', '/notices', {
          token: editor.token,
          body: {
            title: `并发创建的通知${index}`,
            type: 'notification',
            primaryColumn: column.id,
            department: department.id,
          },
        }),
      ),
    )
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(201))
    const { docs } = await site.payload.find({
      collection: 'notices',
      where: { department: { equals: department.id } },
      limit: 0,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(50)
    expect(sequences(docs.map((doc) => doc.indexNumber))).toEqual(Array.from({ length: 50 }, (_, index) => index + 1))
    expect(docs.every((doc) => doc.indexNumber?.startsWith(`${department.orgCode}/`))).toBe(true)
  })

  it('keeps separate sequences for two departments created concurrently', async () => {
    const [first, second] = [await makeDepartment(site, '甲局'), await makeDepartment(site, '乙局')]
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        site.payload.create({
          collection: 'notices',
          data: {
            title: `交错${index}`,
            type: 'other',
            primaryColumn: column.id,
            department: index % 2 ? first.id : second.id,
          },
          draft: true,
          overrideAccess: true,
        }),
      ),
    )
    for (const department of [first, second]) {
      const { docs } = await site.payload.find({
        collection: 'notices',
        where: { department: { equals: department.id } },
        limit: 0,
        overrideAccess: true,
      })
      expect(sequences(docs.map((doc) => doc.indexNumber))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    }
  })

  it('does not spend a number on a create that is refused', async () => {
    const department = await makeDepartment(site, '拒绝局')
    const refused = await site.rest('POST', '/notices', {
      token: editor.token,
      body: {
        title: '超长概述',
        summary: '字'.repeat(101),
        type: 'other',
        primaryColumn: column.id,
        department: department.id,
      },
    })
    expect(refused.status).toBe(400)
    const ok = await site.rest('POST', '/notices', {
      token: editor.token,
      body: { title: '正常', type: 'other', primaryColumn: column.id, department: department.id },
    })
    const { doc } = (await ok.json()) as { doc: { indexNumber: string } }
    expect(doc.indexNumber.endsWith('-00001')).toBe(true)
  })
})
