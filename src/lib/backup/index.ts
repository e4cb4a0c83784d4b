import fs from 'node:fs'
import path from 'node:path'

import { chooseDatabase, type DatabaseChoice } from '../database'
import type { ObjectStorageSettings } from '../objectStorage'
import { databaseDumpName, dumpDatabase, restoreDatabase } from './database'
import { manifestFile, readManifest, sha256OfFile, verified, type Manifest } from './manifest'
import { restoreBucket, restoreFolder, saveBucket, saveFolder } from './media'

/** What a backup reads and a restore writes: the site's own settings (DATABASE_URL, MEDIA_DIR, S3_*). */
export type SiteStores = {
  databaseUrl?: string
  mediaDir: string
  objectStorage?: ObjectStorageSettings
}

/** Letter attachments live beside the media folder (payload.config.ts, mailboxes). */
const lettersDir = (stores: SiteStores) => `${stores.mediaDir}-letters`

const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')

/**
 * One backup into a new folder `gongkai-backup-<UTC time>` under `parent`: the database, the
 * media (folder or bucket), the letter attachments and manifest.json. The manifest is written
 * last, so a folder without one is an unfinished backup.
 */
export async function backup(
  stores: SiteStores,
  parent: string,
  now = new Date(),
): Promise<{ dir: string; manifest: Manifest }> {
  const database = chooseDatabase(stores.databaseUrl)
  const dir = path.resolve(parent, `gongkai-backup-${stamp(now)}`)
  fs.mkdirSync(dir, { recursive: false })
  const dumpFile = path.join(dir, databaseDumpName(database))
  const dump = await dumpDatabase(database, dumpFile)
  const media = stores.objectStorage
    ? {
        store: 's3' as const,
        bucket: stores.objectStorage.bucket,
        files: await saveBucket(stores.objectStorage, path.join(dir, 'media')),
      }
    : { store: 'local' as const, files: await saveFolder(stores.mediaDir, path.join(dir, 'media')) }
  const manifest: Manifest = {
    format: 'gongkai-backup',
    version: 1,
    createdAt: now.toISOString(),
    database: {
      engine: database.kind as 'sqlite' | 'postgres',
      file: path.basename(dumpFile),
      bytes: fs.statSync(dumpFile).size,
      sha256: await sha256OfFile(dumpFile),
      tool: dump.tool,
    },
    media,
    letters: { files: await saveFolder(lettersDir(stores), path.join(dir, 'letters')) },
  }
  fs.writeFileSync(path.join(dir, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`)
  return { dir, manifest }
}

/**
 * Puts a backup back into an empty database and an empty media store (folder or bucket) of the
 * same engine. Every file is checked against the manifest before it is written.
 */
export async function restore(stores: SiteStores, dir: string): Promise<Manifest> {
  const manifest = readManifest(dir)
  const database: DatabaseChoice = chooseDatabase(stores.databaseUrl)
  if (database.kind !== manifest.database.engine) {
    throw new Error(`the backup is of a ${manifest.database.engine} database; DATABASE_URL names ${database.kind}`)
  }
  const dump = await verified(path.join(dir, manifest.database.file), {
    key: manifest.database.file,
    bytes: manifest.database.bytes,
    sha256: manifest.database.sha256,
  })
  // Media first: they are the stores a restore is most likely to be refused by (not empty),
  // and the database, once restored, is what makes the site serve them.
  if (stores.objectStorage) await restoreBucket(stores.objectStorage, path.join(dir, 'media'), manifest.media.files)
  else await restoreFolder(path.join(dir, 'media'), stores.mediaDir, manifest.media.files)
  await restoreFolder(path.join(dir, 'letters'), lettersDir(stores), manifest.letters.files)
  await restoreDatabase(database, dump)
  return manifest
}
