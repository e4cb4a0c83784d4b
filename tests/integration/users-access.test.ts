import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTestSite, type TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'

let site: TestSite
let admin: TestUser
let editor: TestUser
let analyst: TestUser

beforeAll(async () => {
  site = await startTestSite()
  admin = await createTestUser(site, ['admin'])
  editor = await createTestUser(site, ['editor'])
  analyst = await createTestUser(site, ['analyst', 'reviewer'])
})
afterAll(async () => site?.close())

const roleOf = async (id: number | string) =>
  (await site.payload.findByID({ collection: 'users', id, overrideAccess: true })).roles

describe('users and roles through REST', () => {
  it('refuses anonymous listing of users', async () => {
    const response = await site.rest('GET', '/users')
    expect(response.status).toBe(403)
  })

  it('shows a non-admin only their own account', async () => {
    const response = await site.rest('GET', '/users', { token: editor.token })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: { id: number | string }[] }
    expect(body.docs.map((doc) => doc.id)).toEqual([editor.id])
  })

  it('refuses user creation by a non-admin and creates nothing', async () => {
    const before = await site.payload.count({ collection: 'users', overrideAccess: true })
    const response = await site.rest('POST', '/users', {
      token: editor.token,
      body: { email: 'intruder@example.test', password: 'x-secret-123', roles: ['admin'] },
    })
    expect(response.status).toBe(403)
    const after = await site.payload.count({ collection: 'users', overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('refuses anyone raising their own role, with a message naming the field', async () => {
    const response = await site.rest('PATCH', `/users/${editor.id}`, {
      token: editor.token,
      body: { roles: ['editor', 'admin'] },
    })
    expect(response.status).toBe(403)
    expect(JSON.stringify(await response.json())).toMatch(/roles|角色/)
    expect(await roleOf(editor.id)).toEqual(['editor'])
  })

  it('refuses a non-admin changing another user’s roles', async () => {
    const response = await site.rest('PATCH', `/users/${editor.id}`, {
      token: analyst.token,
      body: { roles: ['admin'] },
    })
    expect([403, 404]).toContain(response.status)
    expect(await roleOf(editor.id)).toEqual(['editor'])
  })

  it('lets a user change their own name but not their department', async () => {
    const ok = await site.rest('PATCH', `/users/${editor.id}`, { token: editor.token, body: { name: '新名字' } })
    expect(ok.status).toBe(200)
    const department = await site.payload.create({
      collection: 'departments',
      data: { name: '测试局', orgCode: 'TEST0001' },
      overrideAccess: true,
    })
    const refused = await site.rest('PATCH', `/users/${editor.id}`, {
      token: editor.token,
      body: { department: department.id },
    })
    expect(refused.status).toBe(403)
  })

  it('lets an admin grant roles', async () => {
    const response = await site.rest('PATCH', `/users/${analyst.id}`, {
      token: admin.token,
      body: { roles: ['analyst', 'reviewer', 'mailbox-handler'] },
    })
    expect(response.status).toBe(200)
    expect(await roleOf(analyst.id)).toEqual(['analyst', 'reviewer', 'mailbox-handler'])
  })

  it('refuses removing the last administrator', async () => {
    const response = await site.rest('PATCH', `/users/${admin.id}`, { token: admin.token, body: { roles: ['editor'] } })
    expect(response.status).toBe(400)
    expect(await roleOf(admin.id)).toEqual(['admin'])
  })

  it('lets only admins manage departments', async () => {
    const byEditor = await site.rest('POST', '/departments', {
      token: editor.token,
      body: { name: '编辑建的局', orgCode: 'EDIT0001' },
    })
    expect(byEditor.status).toBe(403)
    const byAdmin = await site.rest('POST', '/departments', {
      token: admin.token,
      body: { name: '管理员建的局', orgCode: 'ADMN0001' },
    })
    expect(byAdmin.status).toBe(201)
    const badCode = await site.rest('POST', '/departments', {
      token: admin.token,
      body: { name: '代码错误的局', orgCode: 'bad code!' },
    })
    expect(badCode.status).toBe(400)
    expect(JSON.stringify(await badCode.json())).toContain('orgCode')
  })
})
