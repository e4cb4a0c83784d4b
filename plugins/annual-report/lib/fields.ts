import type { CollectionSlug, Payload, Where } from 'payload'

import { endOfLocalDay, localDay } from '../../shared/calendar/workingDays'

/** The value at a dotted path (`validity.status`) of a document. */
export function valueAt(doc: unknown, path: string): unknown {
  let current = doc
  for (const key of path.split('.')) {
    if (!current || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

/** A Payload `select` naming these dotted paths. */
export function selectOf(paths: string[]): Record<string, unknown> {
  const select: Record<string, unknown> = {}
  for (const path of paths) {
    const keys = path.split('.')
    let node = select
    keys.forEach((key, index) => {
      if (index === keys.length - 1) node[key] = true
      else node = (node[key] = typeof node[key] === 'object' ? node[key] : {}) as Record<string, unknown>
    })
  }
  return select
}

/** A relationship's id whether it came populated or not. */
export const idOf = (value: unknown): string | undefined => {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return String(value)
}

/** The local day of a stored date, or undefined. */
export const dayOf = (value: unknown, timeZone: string): string | undefined =>
  typeof value === 'string' && value ? localDay(value, timeZone) : undefined

/** The instants bounding a local year, for `where` on date fields. */
export function yearBounds(year: number, timeZone: string) {
  const start = new Date(endOfLocalDay(`${year - 1}-12-31`, timeZone).getTime() + 1)
  const end = endOfLocalDay(`${year}-12-31`, timeZone)
  return { start: start.toISOString(), end: end.toISOString() }
}

/** True when the collection keeps drafts: only published documents are counted then. */
export function hasDrafts(payload: Payload, slug: string): boolean {
  const versions = payload.collections[slug as CollectionSlug]?.config.versions
  return Boolean(versions && typeof versions === 'object' && versions.drafts)
}

/** Every document of `slug` matching `where` (published only when drafts exist), only `paths`. */
export async function findAll(payload: Payload, slug: string, where: Where[], paths: string[]) {
  if (!payload.collections[slug as CollectionSlug]) return []
  const conditions = hasDrafts(payload, slug) ? [...where, { _status: { equals: 'published' } }] : where
  const { docs } = await payload.find({
    collection: slug as CollectionSlug,
    where: conditions.length ? { and: conditions } : {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: selectOf(paths) as never,
  })
  return docs as unknown as Record<string, unknown>[]
}
