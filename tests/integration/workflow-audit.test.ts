import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { TestSite } from '../helpers/testPayload'
import { createTestUser, type TestUser } from '../helpers/users'
import { startWorkflowSite, json, type Json } from '../helpers/workflowSite'

/** The audit trail (审核记录): nobody changes it through any API; admins and analysts read, filter, export it. */
let site: TestSite
let admin: TestUser
let editor: TestUser
let reviewer: TestUser
let analyst: TestUser
let entryId: number | string
let itemId: number | string

const audit = 'workflow-audit-log' as never

beforeAll(async () => {
  ;({ site, admin, editor, reviewer } = await startWorkflowSite())
  analyst = await createTestUser(site, ['analyst'])
  const created = await json(await site.rest('POST', '/posts', { token: editor.token, body: { title: '审计对象' } }))
  itemId = created.doc.id
  await site.rest('POST', `/posts/${itemId}/workflow/submit`, {
    token: editor.token,
    body: { comment: '=HYPERLINK("x")' },
  })
  await site.rest('POST', `/posts/${itemId}/workflow/request-changes`, {
    token: reviewer.token,
    body: { comment: '请补充文号' },
  })
  const entries = await site.payload.find({ collection: audit, overrideAccess: true })
  entryId = (entries.docs[0] as unknown as { id: number | string }).id
})
afterAll(async () => site?.close())

describe('nobody edits or deletes the audit log', () => {
  it.each([
    ['PATCH', () => `/workflow-audit-log/${entryId}`],
    ['DELETE', () => `/workflow-audit-log/${entryId}`],
    ['POST', () => '/workflow-audit-log'],
  ])('refuses %s through REST, even for an administrator', async (method, path) => {
    const response = await site.rest(method, path(), {
      token: admin.token,
      body: { comment: '篡改', action: 'publish' },
    })
    expect(response.status).toBe(403)
    const entry = (await site.payload.findByID({ collection: audit, id: entryId, overrideAccess: true })) as Json
    expect(entry.comment).not.toBe('篡改')
  })

  it('refuses Local API writes that do not come from the workflow, even with overrideAccess', async () => {
    await expect(
      site.payload.update({ collection: audit, id: entryId, data: { comment: '篡改' } as never, overrideAccess: true }),
    ).rejects.toThrow(/cannot be changed|不可修改/)
    await expect(site.payload.delete({ collection: audit, id: entryId, overrideAccess: true })).rejects.toThrow()
    await expect(
      site.payload.create({
        collection: audit,
        data: { itemCollection: 'posts', item: '1', action: 'publish', at: new Date().toISOString() } as never,
        overrideAccess: true,
      }),
    ).rejects.toThrow()
    expect((await site.payload.count({ collection: audit, overrideAccess: true })).totalDocs).toBe(2)
  })
})

describe('reading the audit log', () => {
  it('lets admins and analysts read and filter it, not editors or the public', async () => {
    expect((await site.rest('GET', '/workflow-audit-log')).status).toBe(403)
    expect((await site.rest('GET', '/workflow-audit-log', { token: editor.token })).status).toBe(403)
    const where = encodeURIComponent(JSON.stringify({ action: { equals: 'request-changes' } }))
    const filtered = await json(await site.rest('GET', `/workflow-audit-log?where=${where}`, { token: analyst.token }))
    expect(filtered.totalDocs).toBe(1)
    expect(filtered.docs[0]).toMatchObject({
      itemCollection: 'posts',
      item: String(itemId),
      fromState: 'in-review',
      toState: 'draft',
      comment: '请补充文号',
      stepName: '初审',
      userEmail: reviewer.email,
    })
  })

  it('exports the filtered log as CSV, with formula-looking text neutralised', async () => {
    expect((await site.rest('GET', '/workflow-audit-log/export.csv', { token: editor.token })).status).toBe(403)
    const response = await site.rest('GET', '/workflow-audit-log/export.csv?where[action][equals]=submit', {
      token: admin.token,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/csv/)
    const text = await response.text()
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
    expect(lines[0]).toMatch(/^at,itemCollection,item,itemTitle,action,fromState,toState/)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('审计对象')
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`)
  })

  it('shows the item’s history in the workflow status to those who may read the audit log, and only to them', async () => {
    for (const reader of [admin, analyst]) {
      const status = await json(await site.rest('GET', `/posts/${itemId}/workflow`, { token: reader.token }))
      expect(status.history.map((h: Json) => h.action)).toEqual(['request-changes', 'submit'])
    }
    // Editors get the state and their next actions, not reviewers' names and comments (issue 11.9).
    const status = await json(await site.rest('GET', `/posts/${itemId}/workflow`, { token: editor.token }))
    expect(status.state).toBe('draft')
    expect(status).toMatchObject({ history: [], historyHidden: true })
    expect(status.allowedActions).toEqual(['submit'])
  })
})
