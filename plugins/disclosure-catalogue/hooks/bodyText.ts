import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { CollectionAfterReadHook, CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

const maxChars = 200_000

/**
 * A plain-text copy of the rich-text body, so `/api/search` can match body text with the
 * portable `contains` operator on every database (Lexical JSON is not searchable as text).
 */
export const fillBodyText: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const body = data.body === undefined ? originalDoc?.body : data.body
  let text = ''
  if (body && typeof body === 'object' && 'root' in body) {
    try {
      text = convertLexicalToPlaintext({ data: body })
    } catch {
      text = ''
    }
  }
  data.bodyText = text.replace(/\s+/g, ' ').trim().slice(0, maxChars)
  return data
}

/** The copy is for matching only: responses carry the rich-text body, not the copy. */
export const dropBodyText: CollectionAfterReadHook = ({ doc }) => {
  if (doc && typeof doc === 'object' && 'bodyText' in doc) delete doc.bodyText
  return doc
}

/**
 * Reads leave the copy in the database: every answer drops it (above), and it can be far
 * larger than the rest of the row (up to 200,000 characters). A read that names the fields it
 * wants leaves it out already; one that names fields to leave out, or none, gets it added.
 */
export const leaveOutBodyText: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read' || !args || typeof args !== 'object') return args
  const select = (args as { select?: Record<string, unknown> }).select
  if (select && Object.values(select).some((value) => value !== false)) return args
  return { ...args, select: { ...select, bodyText: false } }
}
