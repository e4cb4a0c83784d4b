import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseKind } from '../database'

/** One file kept in a backup: where it goes back to, and how to tell it arrived whole. */
export type FileEntry = { key: string; bytes: number; sha256: string; contentType?: string }

/** `manifest.json` of a backup folder: what it holds and how to put it back (README "Backup and restore"). */
export type Manifest = {
  format: 'gongkai-backup'
  version: 1
  createdAt: string
  database: { engine: Exclude<DatabaseKind, 'mongodb'>; file: string; bytes: number; sha256: string; tool: string }
  /** Uploaded media: from the local folder or the S3 bucket; kept under media/ by key. */
  media: { store: 'local' | 's3'; bucket?: string; files: FileEntry[] }
  /** Letter attachments (personal data, always a local folder beside media/); kept under letters/. */
  letters: { files: FileEntry[] }
}

export const manifestFile = 'manifest.json'

export function sha256(bytes: Buffer): string {
  return crypto.createHash('sha256').update(bytes).digest('hex')
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Every file under `dir`, as keys with forward slashes (missing folder: none). */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, manifestFile)
  if (!fs.existsSync(file)) throw new Error(`${dir} is not a backup: it has no ${manifestFile}`)
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
  if (manifest.format !== 'gongkai-backup' || manifest.version !== 1) {
    throw new Error(`${file} is not a Gongkai backup manifest of version 1`)
  }
  return manifest
}

/** A key from a manifest as a path inside `dir`; refuses keys that would leave it. */
export function inside(dir: string, key: string): string {
  const target = path.resolve(dir, key)
  if (!target.startsWith(path.resolve(dir) + path.sep)) throw new Error(`refusing the key "${key}": it leaves ${dir}`)
  return target
}

/** Checks a kept file against its manifest entry before it is put back. */
export async function verified(file: string, entry: FileEntry): Promise<string> {
  if (!fs.existsSync(file)) throw new Error(`the backup lacks ${entry.key}`)
  if ((await sha256OfFile(file)) !== entry.sha256) throw new Error(`${entry.key} in the backup is damaged (checksum)`)
  return file
}
