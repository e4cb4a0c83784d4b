import type { PayloadRequest } from 'payload'

import { asInternal } from './constants'
import { slugOf, type WorkflowDoc } from '../types'

/** The newest revision (a pending draft if there is one). */
export async function findLatest(req: PayloadRequest, collection: string, id: string) {
  try {
    return (await req.payload.findByID({
      collection: slugOf(collection),
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as WorkflowDoc
  } catch {
    return null
  }
}

/**
 * The newest revision, only when the requesting user may read the item: staff who may not
 * get the same answer as for a missing one.
 */
export async function findLatestReadable(req: PayloadRequest, collection: string, id: string) {
  const latest = await findLatest(req, collection, id)
  if (!latest) return null
  const readable = await req.payload
    .findByID({ collection: slugOf(collection), id, draft: true, depth: 0, overrideAccess: false, user: req.user, req })
    .then(() => true)
    .catch(() => false)
  return readable ? latest : null
}

/** The document the public sees, or null when nothing is published. */
export async function findLive(req: PayloadRequest, collection: string, latest: WorkflowDoc) {
  if (latest._status === 'published') return latest
  const main = (await req.payload.findByID({
    collection: slugOf(collection),
    id: latest.id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as WorkflowDoc
  return main._status === 'published' ? main : null
}

const systemKeys = new Set(['id', 'createdAt', 'updatedAt', '_status', 'workflowPanel'])

/** Writes a new revision of the pending draft (nothing public changes). */
export async function writeDraft(req: PayloadRequest, collection: string, id: number | string, data: object) {
  return (await asInternal(req, () =>
    req.payload.update({
      collection: slugOf(collection),
      id,
      data: data as never,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  )) as unknown as WorkflowDoc
}

/** Publishes the newest revision with `data` merged in. */
export async function publishLatest(req: PayloadRequest, collection: string, id: number | string, data: object) {
  return (await asInternal(req, () =>
    req.payload.update({
      collection: slugOf(collection),
      id,
      data: { ...data, _status: 'published' } as never,
      draft: false,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  )) as unknown as WorkflowDoc
}

/**
 * Changes the live document (withdraw, restore, unpublish) without publishing a pending
 * draft: the live content is written back as it is. A pending draft is superseded by this
 * revision; it stays in the version history.
 */
export async function writeLive(
  req: PayloadRequest,
  collection: string,
  live: WorkflowDoc,
  data: object,
  status: 'published' | 'draft',
) {
  const content = Object.fromEntries(Object.entries(live).filter(([key]) => !systemKeys.has(key)))
  return (await asInternal(req, () =>
    req.payload.update({
      collection: slugOf(collection),
      id: live.id,
      data: { ...content, ...data, _status: status } as never,
      draft: false,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  )) as unknown as WorkflowDoc
}

/** Id of the version the action produced (the audit entry points at it). */
export async function latestVersionId(req: PayloadRequest, collection: string, id: number | string) {
  const versions = await req.payload.findVersions({
    collection: slugOf(collection),
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const version = versions.docs[0]
  return version ? String(version.id) : null
}
