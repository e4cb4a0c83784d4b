import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import sharp from 'sharp'

import type { Manifest } from '../../src/lib/backup/manifest'
import { startDebianPostgres, type DebianPostgres } from './debianPostgres'
import { startObjectStore, type ObjectStore } from './objectStore'
import { testDatabaseKind } from './testDatabase'
import { startTestSite, type TestSite } from './testPayload'
import { createTestUser } from './users'

/**
 * `npm run backup` and `npm run restore` round trip, media included, with the media in the
 * local folder and in an S3 bucket (s3rver, a double of S3). On the postgres project the site
 * runs on Debian's PostgreSQL 15, whose pg_dump/pg_restore are on this machine (the npm
 * PostgreSQL 17 ships no client tools; see README "Backup and restore").
 */
let onPostgres = false
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-backup-test-'))
let server: DebianPostgres | undefined
let count = 0

beforeAll(async () => {
  if (onPostgres) server = await startDebianPostgres()
}, 60_000)
afterAll(async () => {
  await server?.stop()
  fs.rmSync(scratch, { recursive: true, force: true })
})

/** A database of this run's engine that nothing uses yet. */
const emptyDatabase = async () =>
  server ? server.createDatabase() : `file:${path.join(scratch, `restored-${++count}.db`)}`

/** Runs an npm script's command line (from package.json) as operators run it. */
function npmScript(name: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  const scripts = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts
  const [program, ...rest] = scripts[name].split(' ')
  expect(program).toBe('node')
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [...rest, ...args], {
      env: { ...process.env, NODE_OPTIONS: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

const storeEnv = (store: ObjectStore | undefined): Record<string, string> =>
  store ? { ...store.env } : { S3_BUCKET: '' }

/** A restored database's department name and media file name, read with plain SQL. */
async function restoredRows(url: string, departmentId: number | string, mediaId: number | string) {
  const sql = {
    department: 'select name from departments where id = $1',
    media: 'select filename from media where id = $1',
  }
  if (url.startsWith('file:')) {
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url })
    try {
      const department = await client.execute({ sql: sql.department.replace('$1', '?'), args: [departmentId] })
      const media = await client.execute({ sql: sql.media.replace('$1', '?'), args: [mediaId] })
      return { department: department.rows[0]?.name, media: media.rows[0]?.filename }
    } finally {
      client.close()
    }
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const department = await client.query(sql.department, [departmentId])
    const media = await client.query(sql.media, [mediaId])
    return { department: department.rows[0]?.name, media: media.rows[0]?.filename }
  } finally {
    await client.end()
  }
}

/**
 * The round trip, with the media in the local folder or in a bucket. One per test file: the
 * reference config reads its environment once per file. On PostgreSQL it needs Debian's
 * server and client tools, so it runs in `npm run test:deploy` (system packages), not in the
 * integration projects that need only Node and npm.
 */
export function backupRoundTrip(inBucket: boolean, engine = testDatabaseKind()) {
  onPostgres = engine === 'postgres'
  describe(`backup and restore with media in ${inBucket ? 'an S3 bucket' : 'the local media folder'}`, () => {
    let store: ObjectStore | undefined
    let site: TestSite
    let closed = false
    let backupDir: string
    let photo: Buffer
    let media: { id: number | string; filename: string; url: string }
    let departmentId: number | string
    const letter = Buffer.from('来信附件：个人信息')

    beforeAll(async () => {
      if (inBucket) store = await startObjectStore()
      const database: Record<string, string> = onPostgres ? { DATABASE_URL: await emptyDatabase() } : {}
      // On PostgreSQL the site runs on the Debian server's database (no template: it pushes the schema).
      site = await startTestSite({
        env: { ...storeEnv(store), ...database },
        ...(onPostgres ? { beforeStart: async () => {} } : {}),
      })
    }, 120_000)
    afterAll(async () => {
      if (!closed) await site?.close()
      await store?.stop()
    })

    it('backs up the live database, the media and the letter attachments into one folder with a manifest', async () => {
      const editor = await createTestUser(site, ['editor'])
      photo = await sharp({ create: { width: 1800, height: 1100, channels: 3, background: '#c33' } })
        .png()
        .toBuffer()
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/png' }), '备份.png')
      form.append('_payload', JSON.stringify({ alt: '备份测试', public: true }))
      const uploaded = await site.rest('POST', '/media', { token: editor.token, rawBody: form })
      expect(uploaded.status).toBe(201)
      media = ((await uploaded.json()) as { doc: typeof media }).doc
      const department = await site.payload.create({
        collection: 'departments',
        data: { name: '备份测试局', orgCode: `BKUP${inBucket ? 'S3' : 'FS'}01` },
      })
      departmentId = department.id
      fs.mkdirSync(`${process.env.MEDIA_DIR}-letters/2026`, { recursive: true })
      fs.writeFileSync(`${process.env.MEDIA_DIR}-letters/2026/letter.txt`, letter)

      const out = path.join(scratch, `backups-${++count}`)
      const { code, output } = await npmScript('backup', ['--out', out], {})
      expect({ code, output }).toMatchObject({ code: 0 })
      const [folder] = fs.readdirSync(out)
      backupDir = path.join(out, folder)
      const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8')) as Manifest
      expect(manifest.database.engine).toBe(onPostgres ? 'postgres' : 'sqlite')
      expect(manifest.media.store).toBe(inBucket ? 's3' : 'local')
      // the original and its six renditions
      expect(manifest.media.files).toHaveLength(7)
      expect(manifest.letters.files).toEqual([
        expect.objectContaining({ key: '2026/letter.txt', bytes: letter.length }),
      ])
    })

    it('puts everything back into an empty database and media store after changes and deletions', async () => {
      await site.payload.update({ collection: 'departments', id: departmentId, data: { name: '改名后的局' } })
      await site.payload.delete({ collection: 'media', id: media.id, overrideAccess: true })
      fs.rmSync(`${process.env.MEDIA_DIR}-letters`, { recursive: true })
      if (store) expect(await store.keys()).toEqual([])
      const sourceEnv = { S3_BUCKET: process.env.S3_BUCKET ?? '' }
      closed = true
      await site.close()

      const target = {
        ...storeEnv(store),
        ...sourceEnv,
        DATABASE_URL: await emptyDatabase(),
        MEDIA_DIR: fs.mkdtempSync(path.join(scratch, 'media-')),
      }
      const restored = await npmScript('restore', [backupDir], target)
      expect({ code: restored.code, output: restored.output }).toMatchObject({ code: 0 })
      // Only into empty stores: a second restore over the first is refused, naming why.
      const again = await npmScript('restore', [backupDir], target)
      expect(again.code).toBe(1)
      expect(again.output).toMatch(/not empty/)

      expect(await restoredRows(target.DATABASE_URL, departmentId, media.id)).toEqual({
        department: '备份测试局',
        media: media.filename,
      })
      const original = store
        ? await store.read((await store.keys()).find((key) => path.posix.basename(key) === media.filename)!)
        : fs.readFileSync(path.join(target.MEDIA_DIR, media.filename))
      expect(original?.equals(photo)).toBe(true)
      if (store) expect(await store.keys()).toHaveLength(7)
      else expect(fs.readdirSync(target.MEDIA_DIR)).toHaveLength(7)
      expect(fs.readFileSync(`${target.MEDIA_DIR}-letters/2026/letter.txt`).equals(letter)).toBe(true)
    })
  })
}
