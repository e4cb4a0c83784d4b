import { cache } from 'react'

import type { GazetteIssue } from '../../../payload-types'
import { collectionTag, tagPage } from '../invalidation'
import { sitePayload } from './payload'

export const gazetteHref = (issue: Pick<GazetteIssue, 'year' | 'number'>) => `/gazette/${issue.year}/${issue.number}`

export const gazetteTitle = (issue: Pick<GazetteIssue, 'title' | 'year' | 'number' | 'totalNumber'>) =>
  issue.title || `${issue.year}年第${issue.number}期`

/** Published issues, newest first, read as the public. */
export async function listGazetteIssues(year?: number) {
  await tagPage(collectionTag('gazette-issues'))
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'gazette-issues',
    where: year ? { year: { equals: year } } : undefined,
    sort: ['-year', '-number'],
    limit: 0,
    depth: 1,
    overrideAccess: false,
    select: {
      year: true,
      number: true,
      totalNumber: true,
      title: true,
      special: true,
      specialSubject: true,
      cover: true,
      publishedAt: true,
    },
  })
  return docs
}

export const getGazetteIssue = cache(async (year: number, number: number) => {
  // Found by year and number, and its contents show notices (depth 2).
  await tagPage(collectionTag('gazette-issues'), collectionTag('notices'))
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'gazette-issues',
    where: { and: [{ year: { equals: year } }, { number: { equals: number } }] },
    limit: 1,
    depth: 2,
    overrideAccess: false,
  })
  return docs[0] ?? null
})
