/**
 * `npm run restore -- DIR`: puts a backup folder back into the configured site (DATABASE_URL,
 * MEDIA_DIR or S3_*), which must be empty: a new database, an empty media folder or bucket.
 * See README "Backup and restore".
 */
import { restore } from '../src/lib/backup'
import { settingsFromEnv } from '../src/lib/settings'

const dir = process.argv[2]
if (!dir) {
  console.error('usage: npm run restore -- DIR   (a folder made by npm run backup)')
  process.exit(2)
}
const settings = settingsFromEnv({ ...process.env, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'unused-by-restore' })
try {
  const started = Date.now()
  const manifest = await restore(settings, dir)
  console.info(
    `restored the backup of ${manifest.createdAt}: ${manifest.database.engine} database, ` +
      `${manifest.media.files.length} media files, ${manifest.letters.files.length} letter attachments in ${Date.now() - started} ms`,
  )
} catch (error) {
  console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
