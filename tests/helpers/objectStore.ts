import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DeleteObjectsCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

import { bucketKeys } from '../../src/lib/objectStorage'

/** The settings a Gongkai process reads to keep its media in the bucket (README "Configuration"). */
export type ObjectStoreEnv = {
  S3_BUCKET: string
  S3_ENDPOINT: string
  S3_REGION: string
  S3_ACCESS_KEY_ID: string
  S3_SECRET_ACCESS_KEY: string
  S3_FORCE_PATH_STYLE: string
}

export type ObjectStore = {
  /** Spread into a site's environment (startSite(env), process.env) to use this bucket. */
  env: ObjectStoreEnv
  bucket: string
  /** http://127.0.0.1:PORT */
  endpoint: string
  /** Every key in the bucket, sorted. */
  keys: () => Promise<string[]>
  /** An object's bytes, or null when there is no such key. */
  read: (key: string) => Promise<Buffer | null>
  /** Removes every object (the bucket stays). */
  empty: () => Promise<void>
  /** A client on this bucket's endpoint, for checks the functions above do not cover. */
  client: S3Client
  /** Stops the server and removes its folder. Safe to call twice. */
  stop: () => Promise<void>
}

// s3rver checks request signatures against this one built-in key pair.
const accessKeyId = 'S3RVER'
const secretAccessKey = 'S3RVER'

/**
 * An S3-compatible server on loopback for tests: s3rver from npm, a test DOUBLE of S3 (it
 * speaks the S3 REST API and keeps objects in a temp folder), on a free port with one bucket.
 * The code under test uses only the standard S3 API, so MinIO or a cloud bucket behaves the same.
 */
export async function startObjectStore(options: { bucket?: string } = {}): Promise<ObjectStore> {
  const bucket = options.bucket ?? 'gongkai-media'
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const env: ObjectStoreEnv = {
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: accessKeyId,
    S3_SECRET_ACCESS_KEY: secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
  }
  const client = new S3Client({
    endpoint,
    region: env.S3_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId, secretAccessKey },
  })

  const keys = () => bucketKeys(client, bucket)

  const read = async (key: string) => {
    try {
      const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      return Buffer.from(await answer.Body!.transformToByteArray())
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchKey') return null
      throw error
    }
  }

  const empty = async () => {
    const all = await keys()
    for (let start = 0; start < all.length; start += 1000) {
      const Objects = all.slice(start, start + 1000).map((Key) => ({ Key }))
      await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects } }))
    }
  }

  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    client.destroy()
    await server.close()
    fs.rmSync(directory, { recursive: true, force: true })
  }

  return { env, bucket, endpoint, keys, read, empty, client, stop }
}
