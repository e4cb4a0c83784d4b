import { PutObjectCommand } from '@aws-sdk/client-s3'
import { describe, expect, it } from '@jest/globals'

import { startObjectStore } from '../helpers/objectStore'

describe('test object store (s3rver, a double of S3)', () => {
  it('keeps what is put through the S3 API, lists, reads and empties it, and stops', async () => {
    const store = await startObjectStore({ bucket: 'helper-check' })
    try {
      expect(store.env.S3_ENDPOINT).toBe(store.endpoint)
      expect(await store.keys()).toEqual([])
      await store.client.send(
        new PutObjectCommand({ Bucket: store.bucket, Key: 'a/b.txt', Body: 'hello', ContentType: 'text/plain' }),
      )
      expect(await store.keys()).toEqual(['a/b.txt'])
      expect((await store.read('a/b.txt'))?.toString()).toBe('hello')
      expect(await store.read('missing')).toBeNull()
      await store.empty()
      expect(await store.keys()).toEqual([])
    } finally {
      await store.stop()
    }
    await expect(fetch(store.endpoint)).rejects.toThrow()
  })
})
