import { minimalConfig } from './minimalConfig'
import { startTestSite, type TestSite } from '../../shared/testing/testSite'
import { createTestUser, type TestUser } from '../../shared/testing/users'

/** A REST answer's JSON, loosely typed: the workflow tests read the fields they assert on. */
export type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
export const json = async (response: Response) => (await response.json()) as Json

/**
 * The publish workflow's minimal site (a `posts` collection with the 初审 → 终审 chain) and a
 * signed-in user for each role of that chain.
 */
export async function startWorkflowSite(): Promise<{
  site: TestSite
  admin: TestUser
  editor: TestUser
  reviewer: TestUser
}> {
  const site = await startTestSite({ config: (url) => minimalConfig(url) })
  const admin = await createTestUser(site, ['admin'])
  const editor = await createTestUser(site, ['editor'])
  const reviewer = await createTestUser(site, ['reviewer'])
  return { site, admin, editor, reviewer }
}

/** One workflow action on a post (`POST /api/posts/:id/workflow/:action`) as `user`. */
export const postAction = (site: TestSite, id: number | string, action: string, user: TestUser, body: object = {}) =>
  site.rest('POST', `/posts/${id}/workflow/${action}`, { token: user.token, body })
