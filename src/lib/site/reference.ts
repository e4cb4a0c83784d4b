import { cache } from 'react'

import type { Department, TopicCategory } from '../../../payload-types'
import { sitePayload } from './payload'
import { sharedData } from './sharedData'

/** Departments (发布机构) by id, read as the public and shared across requests. */
export const publicDepartmentsById = cache((): Promise<Map<number, Department>> =>
  sharedData('departments', async () => {
    const payload = await sitePayload()
    const { docs } = await payload.find({ collection: 'departments', limit: 0, depth: 0, overrideAccess: false })
    return new Map(docs.map((doc) => [doc.id, doc]))
  }),
)

/** Topic categories (主题分类) by id, read as the public and shared across requests. */
export const publicTopicCategoriesById = cache((): Promise<Map<number, TopicCategory>> =>
  sharedData('topic-categories', async () => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'topic-categories',
      limit: 0,
      depth: 0,
      overrideAccess: false,
    })
    return new Map(docs.map((doc) => [doc.id, doc]))
  }),
)
