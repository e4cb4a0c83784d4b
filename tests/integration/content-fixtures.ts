import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type SanitizedConfig } from 'payload'

import { referenceCatalogue } from '../../collections/catalogue'
import { Departments } from '../../collections/Departments'
import { createMediaCollection, mediaUsageCollection } from '../../collections/media'
import { Users } from '../../collections/users'
import type { Column, Department, Notice } from '../../payload-types'
import { siteSearch, type SiteSearchOptions } from '../../plugins/site-search'
import { chooseDatabase, databaseAdapter } from '../../src/lib/database'
import type { TestSite } from '../helpers/testPayload'
import { lexicalParagraphs } from '../../plugins/shared/richText/lexical'

/**
 * The content model alone (no workflow, hits or mailboxes plugins): tests of its own rules,
 * e.g. publishing directly, which the workflow plugin reserves to its actions on the reference site.
 */
export const contentOnlyConfig = async (
  databaseUrl: string,
  search: Omit<SiteSearchOptions, 'collection'> = {},
): Promise<SanitizedConfig> =>
  buildConfig({
    secret: process.env.PAYLOAD_SECRET || 'content-tests',
    db: await databaseAdapter(chooseDatabase(databaseUrl), { push: true }),
    editor: lexicalEditor(),
    collections: [
      Users,
      Departments,
      createMediaCollection({
        staticDir: process.env.MEDIA_DIR || '/tmp/gongkai-content-media',
        maxBytes: 1024 * 1024,
      }),
      mediaUsageCollection(),
    ],
    // Without the workflow, the catalogue stamps the publish date itself; search is the site-search plugin's.
    plugins: [referenceCatalogue({ searchEndpoint: false }), siteSearch({ collection: 'notices', ...search })],
    admin: { user: 'users' },
    custom: { site: { name: '测试区', timeZone: 'Asia/Shanghai' } },
    typescript: { autoGenerate: false },
    telemetry: false,
    logger: { options: { level: 'silent' } },
  })

let counter = 0

/** A department with a unique organisation code. */
export async function makeDepartment(site: TestSite, name = '测试局'): Promise<Department> {
  counter += 1
  return site.payload.create({
    collection: 'departments',
    data: { name: `${name}${counter}-${Date.now() % 100000}`, orgCode: `T${String(Date.now()).slice(-6)}${counter}X` },
    overrideAccess: true,
  })
}

export async function makeColumn(
  site: TestSite,
  data: Partial<Column> & { name: string; slug: string },
): Promise<Column> {
  return site.payload.create({
    collection: 'columns',
    data: { kind: 'notices', ...data } as Column,
    overrideAccess: true,
  })
}

/** A Lexical body holding one paragraph of `text`. */
export function lexicalBody(text: string): Notice['body'] {
  return lexicalParagraphs(text) as Notice['body']
}

/** Creates a notice through the Local API as the system (overrideAccess), published unless told otherwise. */
export async function makeNotice(
  site: TestSite,
  data: Partial<Notice> & { primaryColumn: Column['id']; department: Department['id'] },
  options: { draft?: boolean } = {},
): Promise<Notice> {
  return site.payload.create({
    collection: 'notices',
    data: {
      title: '关于测试的公告',
      type: 'announcement',
      _status: options.draft ? 'draft' : 'published',
      ...data,
    } as Notice,
    draft: options.draft,
    overrideAccess: true,
  })
}

export type GraphQLCall = (
  query: string,
  token?: string,
) => Promise<{ status: number; body: { data?: Record<string, unknown> | null; errors?: { message: string }[] } }>

/**
 * Payload's own GraphQL route handler (`GRAPHQL_POST` from @payloadcms/next/routes, as
 * src/app/(payload)/api/graphql/route.ts uses it), called with real Requests. The handler looks
 * Payload up under the default cache key, so this test's instance is registered there too.
 */
export async function graphqlClient(site: TestSite): Promise<{ call: GraphQLCall; release: () => void }> {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const cache = (globalThis as { _payload?: Map<string, { payload?: unknown }> })._payload!
  const own = [...cache.entries()].find(([, entry]) => entry.payload === site.payload)!
  cache.set('default', own[1])
  const handler = GRAPHQL_POST(Promise.resolve(site.config))
  const call: GraphQLCall = async (query, token) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (token) headers.Authorization = `JWT ${token}`
    const response = await handler(
      new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }),
    )
    return { status: response.status, body: (await response.json()) as never }
  }
  return { call, release: () => cache.delete('default') }
}
