import { HeadBucketCommand, ListObjectsV2Command, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

/** Where uploaded media live when they are not in the local `media/` folder (README "Media"). */
export type ObjectStorageSettings = {
  bucket: string
  /** Empty for AWS itself; e.g. http://minio:9000 for MinIO or another S3-compatible service. */
  endpoint?: string
  region: string
  accessKeyId?: string
  secretAccessKey?: string
  /** Bucket in the path (http://host/bucket/key) rather than the host name; MinIO and most self-hosted stores need it. */
  forcePathStyle: boolean
}

/**
 * The S3_* settings, or undefined when no bucket is named (media stay in the local folder).
 * Without S3_ACCESS_KEY_ID the SDK's own chain (AWS_* variables, instance role) supplies the keys.
 */
export function objectStorageFromEnv(env: NodeJS.ProcessEnv): ObjectStorageSettings | undefined {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return undefined
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be given together')
  }
  return {
    bucket,
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    region: env.S3_REGION?.trim() || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
    forcePathStyle: /^(1|true|yes|on)$/i.test(env.S3_FORCE_PATH_STYLE ?? ''),
  }
}

/** The standard S3 client settings: nothing here is specific to one vendor. */
export function s3ClientConfig(settings: ObjectStorageSettings): S3ClientConfig {
  return {
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined,
  }
}

/**
 * Payload's S3 storage for the given upload collections (slug → key prefix in the bucket). Files
 * are still served through `/api/<slug>/file/…` (Payload's access control stays in charge: a
 * media file nobody public uses answers 404, a letter's attachment is for its handlers only),
 * streamed from the bucket. The plugin's columns (`prefix`, `_objectKey`) are inserted with or
 * without a bucket, so one schema and one set of migrations serve both.
 */
export function mediaStorage(settings: ObjectStorageSettings | undefined, collections: Record<string, string>): Plugin {
  return s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    collections: Object.fromEntries(
      Object.entries(collections).map(([slug, prefix]) => [slug, prefix ? { prefix } : true]),
    ),
    bucket: settings?.bucket ?? 'unused',
    config: settings ? s3ClientConfig(settings) : {},
  })
}

/** Readiness: the bucket exists and these keys may use it (HeadBucket), within `timeoutMs`. */
export async function bucketReachable(settings: ObjectStorageSettings, timeoutMs: number): Promise<void> {
  const client = new S3Client({ ...s3ClientConfig(settings), maxAttempts: 1 })
  try {
    await client.send(new HeadBucketCommand({ Bucket: settings.bucket }), {
      abortSignal: AbortSignal.timeout(timeoutMs),
    })
  } finally {
    client.destroy()
  }
}

/** Every object key of the bucket, sorted (ListObjectsV2, page by page). */
export async function bucketKeys(client: S3Client, bucket: string): Promise<string[]> {
  const keys: string[] = []
  let token: string | undefined
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }))
    for (const item of page.Contents ?? []) if (item.Key) keys.push(item.Key)
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return keys.sort()
}
