import { cache } from 'react'

import { collectionTag, tagPage } from '../invalidation'
import { sitePayload } from './payload'

export type PublicMailbox = {
  id: number | string
  slug: string
  name: string
  leaderTitle?: string | null
  description?: string | null
}

/** Enabled mailboxes, read as the public (the collection's access shows only enabled ones). */
export const publicMailboxes = cache(async (): Promise<PublicMailbox[]> => {
  await tagPage(collectionTag('mailboxes'))
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'mailboxes',
    sort: ['order', 'id'],
    limit: 0,
    depth: 0,
    overrideAccess: false,
    select: { slug: true, name: true, leaderTitle: true, description: true },
  })
  return docs as PublicMailbox[]
})
