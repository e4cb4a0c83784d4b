import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { fieldLabel } from '../lib/fieldLabel'
import { describeMatches } from '../lib/messages'
import { currentRules } from '../lib/ruleCache'
import { matchTexts, textsOf, valueAt } from '../lib/texts'
import type { ResolvedLetterCheck } from '../types'

type Doc = Record<string, unknown>

const isPlainObject = (value: unknown): value is Doc =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** Groups merged key by key: a PATCH may send `{ publication: { published: true } }` alone. */
function mergeGroups(stored: Doc, incoming: Doc): Doc {
  const merged: Doc = { ...stored }
  for (const [key, value] of Object.entries(incoming))
    merged[key] = isPlainObject(value) && isPlainObject(stored[key]) ? mergeGroups(stored[key], value) : value
  return merged
}

/**
 * 错敏词校对 on letters: a reply that becomes public (or whose public text changes) while a word
 * of the list stands is refused with 422, naming each word and its position, in the same shape as
 * for notices. The mailboxes plugin knows nothing of it: the inspection plugin adds this hook to
 * the letters collection it is told about.
 */
export const letterReplyCheck =
  (wordRulesSlug: string, letters: ResolvedLetterCheck): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, collection }) => {
    const stored = (originalDoc ?? {}) as Doc
    const merged = mergeGroups(stored, data as Doc)
    if (valueAt(merged, letters.publishedField) !== true) return data
    const texts = textsOf(merged, letters.fields)
    const wasPublic = valueAt(stored, letters.publishedField) === true
    if (wasPublic) {
      const before = textsOf(stored, letters.fields)
      if (letters.fields.every((field) => before[field] === texts[field])) return data
    }
    const matches = matchTexts(await currentRules(req, wordRulesSlug), texts)
    if (!matches.length) return data
    const label = (path: string) => fieldLabel(collection.flattenedFields as never, req, path)
    throw new APIError(describeMatches(req, matches, label), 422, { wordCheck: { matches } }, true)
  }
