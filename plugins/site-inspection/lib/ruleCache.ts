import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { compileRules, type CompiledRules } from './matcher'
import type { WordRule } from '../types'

type Cached = { key: string; rules: CompiledRules }
const cache = new WeakMap<Payload, Map<string, Cached>>()

const enabled = { enabled: { not_equals: false } }

/**
 * The compiled word list. Compiling 10,000 rules takes ~0.2 s, so the automaton is kept per
 * Payload instance and rebuilt only when the list changed: one cheap query (count and newest
 * change) tells, also when another process edited the list.
 */
export async function currentRules(req: PayloadRequest, slug: string): Promise<CompiledRules> {
  const collection = slug as CollectionSlug
  const newest = await req.payload.find({
    collection,
    where: enabled,
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const key = `${newest.totalDocs}:${(newest.docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? ''}`
  let perSlug = cache.get(req.payload)
  if (!perSlug) cache.set(req.payload, (perSlug = new Map()))
  const hit = perSlug.get(slug)
  if (hit?.key === key) return hit.rules
  const all = await req.payload.find({
    collection,
    where: enabled,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const rules = compileRules(all.docs as unknown as WordRule[])
  perSlug.set(slug, { key, rules })
  return rules
}
