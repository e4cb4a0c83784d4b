import type { CollectionSlug, Payload } from 'payload'

import { starterWordRules } from '../data/starterWordRules'

/** Adds the starter word list (rules whose word is already there are left alone). Returns how many were added. */
export async function seedStarterWordRules(payload: Payload, slug = 'word-rules'): Promise<number> {
  const existing = await payload.find({
    collection: slug as CollectionSlug,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { pattern: true } as never,
  })
  const have = new Set(existing.docs.map((doc) => String((doc as { pattern?: string }).pattern)))
  let added = 0
  for (const rule of starterWordRules) {
    if (have.has(rule.pattern)) continue
    await payload.create({ collection: slug as CollectionSlug, data: rule as never, overrideAccess: true })
    have.add(rule.pattern)
    added++
  }
  return added
}
