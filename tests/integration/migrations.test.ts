import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'

import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { startTestSite, type TestSite } from '../helpers/testPayload'

let site: TestSite
let migrateOutput = ''

/** The `npm run migrate` command line, from package.json, so the test runs what operators run. */
function migrateCommand(): string[] {
  const packageJson = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
  const [program, ...args] = packageJson.scripts.migrate.split(' ')
  if (program !== 'node') throw new Error(`npm run migrate should start node, not ${program}`)
  return args
}

/** `npm run migrate` as production runs it: the migrations of this engine on an empty database. */
function migrate(databaseUrl: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, migrateCommand(), {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk) => (migrateOutput += chunk))
    child.stderr.on('data', (chunk) => (migrateOutput += chunk))
    child.on('exit', (code, signal) => {
      migrateOutput += `\n[exit ${code} ${signal ?? ''}]`
      resolve(code)
    })
  })
}

beforeAll(async () => {
  site = await startTestSite({
    env: { DB_PUSH: 'false' },
    beforeStart: async (url) => {
      const code = await migrate(url)
      if (code !== 0) throw new Error(`payload migrate failed:\n${migrateOutput}`)
    },
  })
}, 180_000)
afterAll(async () => site?.close())

it('builds the whole schema from the committed migrations, without a schema push', async () => {
  // The run names the migration it applied (and fails loudly otherwise).
  expect(migrateOutput).toMatch(/Migrated:?\s+\d{8}_\d{6}_initial/)
  const { payload } = site
  const department = await payload.create({
    collection: 'departments',
    data: { name: '迁移测试局', orgCode: 'MIGR0001' },
  })
  const column = await payload.create({
    collection: 'columns',
    data: { name: '迁移测试栏目', slug: 'migr', kind: 'notices' },
  })
  const notice = await payload.create({
    collection: 'notices',
    data: { title: '迁移后的第一条信息', type: 'notification', primaryColumn: column.id, department: department.id },
  })
  expect(notice.indexNumber).toMatch(/^MIGR0001\/\d{4}-00001$/)
  await payload.create({
    collection: 'mailboxes',
    data: { name: '区长信箱', slug: 'quzhang-migr', leaderTitle: '区长' } as never,
  })
  const { totalDocs } = await payload.count({ collection: 'payload-migrations' })
  expect(totalDocs).toBeGreaterThan(0)
})

it('applies nothing on a second run, so every deploy can run it', async () => {
  migrateOutput = ''
  expect(await migrate(site.database.url)).toBe(0)
  expect(migrateOutput).not.toMatch(/Migrating:/)
  expect(migrateOutput).toMatch(/Done\./)
}, 120_000)
