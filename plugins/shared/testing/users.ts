import crypto from 'node:crypto'

import type { Role } from '../access'
import type { TestSite } from './testSite'

export type TestUser = { id: number | string; email: string; password: string; token: string }

/** Creates a staff account with the given roles and signs it in through REST. */
export async function createTestUser(
  site: TestSite,
  roles: Role[],
  extra: Record<string, unknown> = {},
): Promise<TestUser> {
  const email = `${roles.join('-') || 'nobody'}-${crypto.randomBytes(4).toString('hex')}@example.test`
  const password = crypto.randomBytes(12).toString('base64url')
  const doc = await site.payload.create({
    collection: 'users',
    data: { email, password, roles, language: 'zh', ...extra } as never,
    overrideAccess: true,
  })
  const token = await site.login(email, password)
  return { id: doc.id, email, password, token }
}
