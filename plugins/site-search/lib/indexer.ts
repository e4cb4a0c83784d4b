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
 * Empties the index and indexes every public item again; returns the count. The bulk path:
 * batches walk the items by id (no OFFSET); the next batch is read while this one is cut by
 * jieba (the CPU cost), and each batch is written with multi-row inserts in one transaction.
 * The engine may drop its search indexes for the duration and build them once at the end
 * (`bulkStart`/`bulkEnd`), which costs far less than updating them row by row.
 */
export async function reindexAll(
  payload: Payload,
  options: ResolvedSearchOptions,
  {
    batchSize = 1_000,
    onProgress,
  }: {
    batchSize?: number
    onProgress?: (done: number) => void
  } = {},
): Promise<number> {
  const engine = engineFor(payload)
  if (!engine) return 0
  await engine.ensure(await drizzleOf(payload))
  await loadDictionary(payload, options)
  await engine.clear(await drizzleOf(payload))
  await engine.bulkStart(await drizzleOf(payload))
  cacheOf(payload).clear()
  const read = async (last: number | string | undefined) =>
    (
      await payload.db.find({
        collection: options.collection as CollectionSlug,
        where: last === undefined ? {} : { id: { greater_than: last } },
        limit: batchSize,
        sort: 'id',
        pagination: false,
      })
    ).docs as Record<string, unknown>[]
  let done = 0
  const write = async (entries: IndexEntry[]) => {
    const transactionID = (await payload.db.beginTransaction?.()) ?? undefined
    try {
      await engine.upsertMany(await drizzleOf(payload, { transactionID } as Partial<PayloadRequest>), entries)
      if (transactionID !== undefined && transactionID !== null) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID !== undefined && transactionID !== null) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
    cacheOf(payload).clear()
    done += entries.length
    onProgress?.(done)
  }
  let next: Promise<Record<string, unknown>[]> | null = read(undefined)
  // At most one batch being written while the next is segmented: jieba (CPU here) overlaps
  // the database's own work on the batch before.
  let writing: Promise<void> = Promise.resolve()
  try {
    while (next) {
      const docs: Record<string, unknown>[] = await next
      if (!docs.length) break
      // Read ahead: the database answers while this batch is segmented.
      next = docs.length < batchSize ? null : read((docs[docs.length - 1] as { id: number | string }).id)
      next?.catch(() => undefined)
      const publicDocs = docs.filter((doc) => options.isPublic(doc))
      const titles = await attachmentTitles(payload, publicDocs, options.attachments)
      const entries = publicDocs.map((doc) => entryOf(doc, options, titles.get(String(doc.id))))
      await writing
      writing = write(entries)
      // Seen by the next `await writing`; this only keeps Node from calling it unhandled meanwhile.
      writing.catch(() => undefined)
    }
    await writing
  } finally {
    await writing.catch(() => undefined)
    await engine.bulkEnd(await drizzleOf(payload))
    cacheOf(payload).clear()
  }
  return done
}
