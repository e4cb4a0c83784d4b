import { cache } from 'react'

import type { Config } from '../../../payload-types'
import { collectionTag, tagPage } from '../invalidation'
import { sitePayload } from './payload'
import { sharedData } from './sharedData'

/** The small collections nearly every page shows: the column tree and the catalogue's names. */
type ReferenceSlug = 'columns' | 'departments' | 'topic-categories'

/**
 * Every document of a reference collection, read as the public and shared across requests
 * (sharedData), and tagged on every page that shows them. Callers must treat the documents
 * as read-only.
 */
export async function sharedPublicDocs<S extends ReferenceSlug>(
  slug: S,
  sort?: string[],
): Promise<Config['collections'][S][]> {
  // On every render, not in the shared load: each page that shows the names carries the tag.
  await tagPage(collectionTag(slug))
  return sharedData(slug, async () => {
    const payload = await sitePayload()
    const { docs } = await payload.find({ collection: slug, limit: 0, depth: 0, sort, overrideAccess: false })
    return docs
  })
}

export const byId = <T extends { id: number }>(docs: T[]): Map<number, T> => new Map(docs.map((doc) => [doc.id, doc]))

/** Departments (发布机构) by id, as the public sees them. */
export const publicDepartmentsById = cache(async () => byId(await sharedPublicDocs('departments')))

/** Topic categories (主题分类) by id, as the public sees them. */
export const publicTopicCategoriesById = cache(async () => byId(await sharedPublicDocs('topic-categories')))
