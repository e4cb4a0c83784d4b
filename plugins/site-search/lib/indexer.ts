import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { ResolvedSearchOptions } from '../types'
import { attachmentTitles } from './attachments'
import { drizzleOf, engineFor } from './engine'
import { fold } from './fold'
import { idOf, textAt, valueAt } from './paths'
import { cacheOf } from './resultCache'
import { addUserWords, documentNumberPrefix, tokenize } from './segment'
import type { IndexEntry } from './types'

/** Longest body text indexed (the tokens of a body beyond it would add little but size). */
const maxBodyChars = 50_000

/** Plain text of the body: the host's copy when it keeps one, else the Lexical JSON converted. */
export function bodyTextOf(doc: Record<string, unknown>, options: ResolvedSearchOptions): string {
  const copy = textAt(doc, options.fields.bodyText)
  if (copy) return copy
  const body = valueAt(doc, options.fields.body)
  if (body && typeof body === 'object' && 'root' in body) {
    try {
      return convertLexicalToPlaintext({ data: body as Parameters<typeof convertLexicalToPlaintext>[0]['data'] })
        .replace(/\s+/g, ' ')
        .trim()
    } catch {
      return ''
    }
  }
  return ''
}

export function defaultIsPublic(options: Pick<ResolvedSearchOptions, 'fields' | 'publicDisclosure'>) {
  return (doc: Record<string, unknown>) => {
    if (doc._status !== undefined && doc._status !== null && doc._status !== 'published') return false
    if (valueAt(doc, 'withdrawal.mode') === 'removed') return false
    const disclosure = options.fields.disclosure
    if (disclosure) {
      const value = valueAt(doc, disclosure)
      if (value !== undefined && value !== null && value !== options.publicDisclosure) return false
    }
    return true
  }
}

const yearIn = (iso: string, timeZone: string) =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(new Date(iso)))

/**
 * The index entry of a public item. `attachmentText` (the titles of its attachments) is indexed
 * with the body: the lowest tier, so a word only in an attachment's title finds the item last.
 */
export function entryOf(doc: Record<string, unknown>, options: ResolvedSearchOptions, attachmentText = ''): IndexEntry {
  const { fields } = options
  const documentNumber = textAt(doc, fields.documentNumber)
  const rawDate = valueAt(doc, fields.publishedAt)
  const publishedAt = rawDate ? new Date(rawDate as string).toISOString() : null
  const validity = idOf(valueAt(doc, fields.validity))
  const columns = [idOf(valueAt(doc, fields.primaryColumn))]
  const more = valueAt(doc, fields.columns)
  if (Array.isArray(more)) columns.push(...more.map(idOf))
  const prefix = documentNumberPrefix(documentNumber)
  // Names the dictionary must keep whole before the text is cut.
  if (prefix) addUserWords([prefix])
  return {
    id: String(doc.id),
    title: tokenize(textAt(doc, fields.title)),
    documentNumber: tokenize(documentNumber),
    summary: tokenize(textAt(doc, fields.summary)),
    body: tokenize(`${bodyTextOf(doc, options).slice(0, maxBodyChars)} ${attachmentText}`),
    documentNumberKey: fold(documentNumber).replace(/\s+/g, ''),
    documentNumberPrefix: prefix,
    publishedAt,
    year: publishedAt ? yearIn(publishedAt, options.timeZone) : null,
    type: idOf(valueAt(doc, fields.type)),
    department: idOf(valueAt(doc, fields.department)),
    topicCategory: idOf(valueAt(doc, fields.topicCategory)),
    validity,
    demoted: validity !== null && options.demotedValidity.includes(validity),
    columns: [...new Set(columns.filter((column): column is string => Boolean(column)))],
  }
}

/**
 * Brings one item's index entry in line with its stored, live document (the main table, which
 * a draft save leaves alone): indexed while public, gone otherwise. Runs on `req`'s
 * transaction, so the entry commits or rolls back with the change.
 */
export async function syncItem(req: PayloadRequest, options: ResolvedSearchOptions, id: number | string) {
  const engine = engineFor(req.payload)
  if (!engine) return
  const live = (await req.payload.db.findOne({
    collection: options.collection as CollectionSlug,
    where: { id: { equals: id } },
    req,
  })) as Record<string, unknown> | null
  const db = await drizzleOf(req.payload, req)
  cacheOf(req.payload).clear()
  if (live && options.isPublic(live)) {
    const titles = await attachmentTitles(req.payload, [live], options.attachments, req)
    await engine.upsert(db, entryOf(live, options, titles.get(String(live.id))))
  } else await engine.remove(db, String(id))
}

export async function removeItem(req: PayloadRequest, id: number | string) {
  const engine = engineFor(req.payload)
  if (!engine) return
  cacheOf(req.payload).clear()
  await engine.remove(await drizzleOf(req.payload, req), String(id))
}

/** Loads the user dictionary: the site's names and the document-number prefixes already indexed. */
export async function loadDictionary(payload: Payload, options: ResolvedSearchOptions) {
  const names: string[] = []
  for (const { collection, field } of options.dictionary) {
    if (!payload.collections[collection as CollectionSlug]) continue
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      limit: 0,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs) names.push(textAt(doc as unknown as Record<string, unknown>, field))
  }
  const engine = engineFor(payload)
  if (engine) names.push(...(await engine.prefixes(await drizzleOf(payload))))
  return addUserWords(names)
}

/**
 * Empties the index and indexes every public item again; returns the count. Batches walk the
 * items by id (no OFFSET) and each is written in one transaction.
 */
export async function reindexAll(
  payload: Payload,
  options: ResolvedSearchOptions,
  { batchSize = 500, onProgress }: { batchSize?: number; onProgress?: (done: number) => void } = {},
): Promise<number> {
  const engine = engineFor(payload)
  if (!engine) return 0
  await engine.ensure(await drizzleOf(payload))
  await loadDictionary(payload, options)
  await engine.clear(await drizzleOf(payload))
  cacheOf(payload).clear()
  let done = 0
  let last: number | string | undefined
  for (;;) {
    const { docs } = await payload.db.find({
      collection: options.collection as CollectionSlug,
      where: last === undefined ? {} : { id: { greater_than: last } },
      limit: batchSize,
      sort: 'id',
      pagination: false,
    })
    if (!docs.length) break
    last = (docs[docs.length - 1] as { id: number | string }).id
    const transactionID = (await payload.db.beginTransaction?.()) ?? undefined
    try {
      const req = { transactionID } as Partial<PayloadRequest>
      const db = await drizzleOf(payload, req)
      const publicDocs = (docs as Record<string, unknown>[]).filter((doc) => options.isPublic(doc))
      const titles = await attachmentTitles(payload, publicDocs, options.attachments, req)
      for (const doc of publicDocs) {
        await engine.upsert(db, entryOf(doc, options, titles.get(String(doc.id))))
        done += 1
      }
      if (transactionID !== undefined && transactionID !== null) await payload.db.commitTransaction(transactionID)
      cacheOf(payload).clear()
    } catch (error) {
      if (transactionID !== undefined && transactionID !== null) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
    onProgress?.(done)
    if (docs.length < batchSize) break
  }
  return done
}
