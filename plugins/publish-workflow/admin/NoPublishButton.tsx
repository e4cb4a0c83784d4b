'use client'

/**
 * Replaces Payload's "Publish" button on workflow collections: publishing happens in the
 * workflow panel, after review; the server would refuse a direct publish anyway.
 */
export function NoPublishButton() {
  return null
}
