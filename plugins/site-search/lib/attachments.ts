import type { CollectionAfterChangeHook, CollectionConfig, CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { ResolvedSearchOptions } from '../types'
import { idOf, textAt, valueAt } from './paths'

/** How the items hold their attachments: an upload / relationship field and what names a file. */
export type AttachmentSource = { field: string; collection: string; titleFields: string[] }

/** At most this many items are re-indexed inline when one attachment's title changes. */
const maxItemsPerAttachmentChange = 200

/** A file name without its extension, separators read as spaces (征地补偿标准_2026.pdf → 征地补偿标准 2026). */
const stem = (filename: string) => filename.replace(/\.[A-Za-z0-9]{1,8}$/, '').replace(/[_\-.]+/g, ' ')

/** The title text of one attachment document: its title fields, the file name as a stem, once each. */
export function attachmentTitle(doc: Record<string, unknown>, source: AttachmentSource): string {
  const parts = source.titleFields.map((field) => {
    const text = textAt(doc, field).trim()
    return field === 'filename' ? stem(text) : text
  })
  return [...new Set(parts.filter(Boolean))].join(' ')
}

/** Attachment ids of an item (ids or populated documents), in the item's order. */
export function attachmentIds(doc: Record<string, unknown>, source: AttachmentSource): string[] {
  const value = valueAt(doc, source.field)
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list.map(idOf).filter((id): id is string => Boolean(id))
}

/**
 * Title texts of the attachments of several items, read in one query: id of item → text.
 * Populated attachments are read as they are; ids are looked up in the upload collection.
 */
export async function attachmentTitles(
  payload: Payload,
  docs: Record<string, unknown>[],
  source: AttachmentSource | false,
  req?: Partial<PayloadRequest>,
): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  if (!source || !payload.collections[source.collection as CollectionSlug]) return out
  const wanted = [...new Set(docs.flatMap((doc) => attachmentIds(doc, source)))]
  if (!wanted.length) return out
  const { docs: files } = await payload.db.find({
    collection: source.collection as CollectionSlug,
    where: { id: { in: wanted } },
    limit: wanted.length,
    pagination: false,
    req,
  })
  const titles = new Map(
    (files as Record<string, unknown>[]).map((file) => [String(file.id), attachmentTitle(file, source)]),
  )
  for (const doc of docs) {
    const text = attachmentIds(doc, source)
      .map((id) => titles.get(id) ?? '')
      .filter(Boolean)
      .join(' ')
    if (text) out.set(String(doc.id), text)
  }
  return out
}

/**
 * Re-indexes the items that use an attachment whose title text changed (an admin override or a
 * host without a media guard may rename a file in use). Bounded: a file used by more items than
 * the bound leaves the rest to `search:reindex`.
 */
export function withAttachmentHook(
  collection: CollectionConfig,
  options: ResolvedSearchOptions,
  sync: (req: PayloadRequest, id: number | string) => Promise<void>,
): CollectionConfig {
  const source = options.attachments
  if (!source) return collection
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update') return doc
    if (attachmentTitle(doc, source) === attachmentTitle(previousDoc ?? {}, source)) return doc
    const { docs } = await req.payload.db.find({
      collection: options.collection as CollectionSlug,
      where: { [source.field]: { equals: doc.id } },
      limit: maxItemsPerAttachmentChange,
      pagination: false,
      req,
    })
    for (const item of docs as { id: number | string }[]) await sync(req, item.id)
    return doc
  }
  return {
    ...collection,
    hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), afterChange] },
  }
}
