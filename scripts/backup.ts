/**
 * `npm run backup [-- --out DIR]`: a backup of the configured site (DATABASE_URL, MEDIA_DIR or
 * S3_*) into a new folder under DIR (default BACKUP_DIR or ./backups). See README "Backup and restore".
 */
import { backup } from '../src/lib/backup'
import { settingsFromEnv } from '../src/lib/settings'

const args = process.argv.slice(2)
const outAt = args.indexOf('--out')
const parent = outAt >= 0 ? args[outAt + 1] : process.env.BACKUP_DIR || 'backups'
if (!parent) {
  console.error('usage: npm run backup [-- --out DIR]')
  process.exit(2)
}

// A backup needs no secret; settingsFromEnv would make a development one otherwise.
const settings = settingsFromEnv({ ...process.env, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'unused-by-backup' })
try {
  const fs = await import('node:fs')
  fs.mkdirSync(parent, { recursive: true })
  const started = Date.now()
  const { dir, manifest } = await backup(settings, parent)
  const files = manifest.media.files.length + manifest.letters.files.length
  console.info(
    `backup written to ${dir}: ${manifest.database.engine} database (${manifest.database.bytes} bytes), ` +
      `${manifest.media.files.length} media files from ${manifest.media.store === 's3' ? `bucket ${manifest.media.bucket}` : 'the media folder'}, ` +
      `${manifest.letters.files.length} letter attachments (${files} files) in ${Date.now() - started} ms`,
  )
} catch (error) {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
