import { spawn } from 'node:child_process'

import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { departmentsSeed } from '../../src/seed/departments'
import { mailboxesSeed } from '../../src/seed/mailboxes'
import { runSeed } from '../../src/seed/runSeed'
import { usersSeed } from '../../src/seed/users'
import { startTestSite, type TestSite } from '../helpers/testPayload'

let site: TestSite
beforeAll(async () => {
  site = await startTestSite()
  // A site that already holds letters: the reset must empty letters before their mailboxes.
  await runSeed(site.payload, { quiet: true, modules: [departmentsSeed, usersSeed, mailboxesSeed] })
}, 300_000)
afterAll(async () => site?.close())

/** `npm run seed` against the test database, as a developer runs it. */
function seedCommand(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = ''
    const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'scripts/seed.ts'], {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_ENV: 'development',
        DATABASE_URL: site.database.url,
        MEDIA_DIR: site.mediaDir,
        DEMO_PASSWORD: 'seed-command-password',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

const count = async (
  collection: 'mailboxes' | 'letters' | 'departments' | 'users' | 'notices' | 'media' | 'workflow-audit-log',
) => (await site.payload.count({ collection, overrideAccess: true })).totalDocs

/**
 * A database whose search tables were never made (the plugin makes them in onInit, which the
 * command skips): a fresh database. Engine-specific names, as plugins/site-search/lib/engine.ts has them.
 */
async function dropSearchTables() {
  const db = site.payload.db as unknown as {
    drizzle: unknown
    execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
  }
  const run = (raw: string) => db.execute({ drizzle: db.drizzle, raw })
  if (site.database.kind === 'postgres') await run('drop schema if exists site_search cascade')
  else {
    for (const table of ['_cf_site_search_columns', '_cf_site_search_fts', '_cf_site_search_docs']) {
      await run(`drop table if exists ${table}`)
    }
  }
}

it('re-seeds a site that holds letters: everything emptied once and filled once', async () => {
  const before = { mailboxes: await count('mailboxes'), letters: await count('letters') }
  expect(before.letters).toBeGreaterThan(100)
  await dropSearchTables()

  const { code, output } = await seedCommand()
  expect({ code, errors: output.match(/.*Error.*/g) ?? [] }).toEqual({ code: 0, errors: [] })

  // Not doubled: the command empties the demo collections and does not also seed at start.
  expect(await count('mailboxes')).toBe(before.mailboxes)
  expect(await count('letters')).toBe(before.letters)
  expect(await count('departments')).toBe(12)
  expect(await count('users')).toBe(6) // one per role, the disclosure officer included
  const notices = await count('notices')
  if (notices < 200) console.info(`npm run seed output:\n${output}`)
  expect(notices).toBeGreaterThanOrEqual(200)
  // The demo's generated files and its review history (issue 10).
  expect(await count('media')).toBe(25) // 6 photos, 7 covers, 7 PDF editions, 5 attachments
  expect(await count('workflow-audit-log')).toBeGreaterThanOrEqual(30)
  const login = await site.rest('POST', '/users/login', {
    body: { email: 'admin@example.com', password: 'seed-command-password' },
  })
  expect(login.status).toBe(200)
  // The seeded, published items are found by the site's search.
  const search = await site.rest('GET', `/search?q=${encodeURIComponent('通知')}`)
  expect(search.status).toBe(200)
  expect(((await search.json()) as { totalDocs?: number }).totalDocs ?? 0).toBeGreaterThan(0)
}, 600_000)
