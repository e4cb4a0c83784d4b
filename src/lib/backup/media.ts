import fs from 'node:fs'
import path from 'node:path'

import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'

import { bucketKeys, s3ClientConfig, type ObjectStorageSettings } from '../objectStorage'
import { filesUnder, inside, sha256, sha256OfFile, verified, type FileEntry } from './manifest'

/** Copies every file of a local folder into `target` (same keys). */
export async function saveFolder(source: string, target: string): Promise<FileEntry[]> {
  const entries: FileEntry[] = []
  for (const key of filesUnder(source)) {
    const to = inside(target, key)
    fs.mkdirSync(path.dirname(to), { recursive: true })
    fs.copyFileSync(path.join(source, key), to)
    entries.push({ key, bytes: fs.statSync(to).size, sha256: await sha256OfFile(to) })
  }
  return entries
}

/** Puts the files back into a local folder that must be empty (or missing). */
export async function restoreFolder(from: string, target: string, entries: FileEntry[]): Promise<void> {
  if (filesUnder(target).length > 0) throw new Error(`${target} is not empty: restore only into an empty folder`)
  for (const entry of entries) {
    const source = await verified(inside(from, entry.key), entry)
    const to = inside(target, entry.key)
    fs.mkdirSync(path.dirname(to), { recursive: true })
    fs.copyFileSync(source, to)
  }
}

/** Downloads every object of the bucket into `target`, keeping each one's content type. */
export async function saveBucket(settings: ObjectStorageSettings, target: string): Promise<FileEntry[]> {
  const client = new S3Client(s3ClientConfig(settings))
  try {
    const entries: FileEntry[] = []
    for (const key of await bucketKeys(client, settings.bucket)) {
      const object = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: key }))
      const bytes = Buffer.from(await object.Body!.transformToByteArray())
      const to = inside(target, key)
      fs.mkdirSync(path.dirname(to), { recursive: true })
      fs.writeFileSync(to, bytes)
      entries.push({ key, bytes: bytes.length, sha256: sha256(bytes), contentType: object.ContentType })
    }
    return entries
  } finally {
    client.destroy()
  }
}

/** Uploads the kept objects into a bucket that must be empty. */
export async function restoreBucket(
  settings: ObjectStorageSettings,
  from: string,
  entries: FileEntry[],
): Promise<void> {
  const client = new S3Client(s3ClientConfig(settings))
  try {
    if ((await bucketKeys(client, settings.bucket)).length > 0) {
      throw new Error(`the bucket ${settings.bucket} is not empty: restore only into an empty bucket`)
    }
    for (const entry of entries) {
      const body = fs.readFileSync(await verified(inside(from, entry.key), entry))
      await client.send(
        new PutObjectCommand({ Bucket: settings.bucket, Key: entry.key, Body: body, ContentType: entry.contentType }),
      )
    }
  } finally {
    client.destroy()
  }
}
