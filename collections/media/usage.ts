import type {
  Access,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  CollectionSlug,
  FlattenedField,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

/** One row per (public item, media file it shows). Kept by the content collections' hooks. */
export const mediaUsageSlug = 'media-usage'
const usageSlug = mediaUsageSlug as CollectionSlug
const mediaSlugOf = (slug: string) => slug as CollectionSlug

/**
 * Which media files public items use. Nobody reads or writes it through an API; the media
 * collection reads it to set `inPublicUse` and to name the item that blocks a change.
 */
export const mediaUsageCollection = (mediaSlug = 'media'): CollectionConfig => ({
  slug: mediaUsageSlug,
  labels: { singular: { zh: '媒体引用', en: 'Media use' }, plural: { zh: '媒体引用', en: 'Media uses' } },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  timestamps: false,
  indexes: [{ fields: ['itemCollection', 'item'] }],
  fields: [
    { name: 'itemCollection', type: 'text', required: true, index: true },
    { name: 'item', type: 'text', required: true, index: true },
    { name: 'itemTitle', type: 'text' },
    { name: 'media', type: 'relationship', relationTo: mediaSlugOf(mediaSlug), required: true, index: true },
  ],
})

type Id = number | string
const idOf = (value: unknown): Id | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return ((value as { id?: Id }).id ?? null) as Id | null
  return value as Id
}

/** Upload nodes of a Lexical document (images and files placed in the body). */
function uploadsInRichText(node: unknown, mediaSlug: string, out: Set<string>) {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const child of node) uploadsInRichText(child, mediaSlug, out)
    return
  }
  const record = node as Record<string, unknown>
  if (record.type === 'upload' && record.relationTo === mediaSlug) {
    const id = idOf(record.value)
    if (id !== null) out.add(String(id))
  }
  if (record.root) uploadsInRichText(record.root, mediaSlug, out)
  if (record.children) uploadsInRichText(record.children, mediaSlug, out)
}

/** Every media id a document refers to, through any upload/relationship field or rich text. */
export function mediaIdsIn(fields: FlattenedField[], data: unknown, mediaSlug: string, out = new Set<string>()) {
  if (!data || typeof data !== 'object') return out
  const record = data as Record<string, unknown>
  for (const field of fields) {
    const value = record[field.name]
    if (value === undefined || value === null) continue
    switch (field.type) {
      case 'upload':
      case 'relationship': {
        const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
        if (!targets.includes(mediaSlugOf(mediaSlug))) break
        for (const item of Array.isArray(value) ? value : [value]) {
          // Polymorphic fields store { relationTo, value }.
          const polymorphic = item && typeof item === 'object' && 'relationTo' in item
          if (polymorphic && (item as { relationTo: string }).relationTo !== mediaSlug) continue
          const id = idOf(polymorphic ? (item as { value: unknown }).value : item)
          if (id !== null) out.add(String(id))
        }
        break
      }
      case 'richText':
        uploadsInRichText(value, mediaSlug, out)
        break
      case 'group':
      case 'tab':
        mediaIdsIn(field.flattenedFields, value, mediaSlug, out)
        break
      case 'array':
        for (const row of Array.isArray(value) ? value : []) mediaIdsIn(field.flattenedFields, row, mediaSlug, out)
        break
      case 'blocks':
        for (const row of Array.isArray(value) ? value : []) {
          const block = field.blocks.find((b) => b.slug === (row as { blockType?: string })?.blockType)
          if (block) mediaIdsIn(block.flattenedFields, row, mediaSlug, out)
        }
        break
      default:
        break
    }
  }
  return out
}

/**
 * The item as the public sees it, or null when the public cannot read it. Asks the
 * collection's own read access as an anonymous reader, so "public" means exactly what
 * the API serves (published, 主动公开, not removed, …).
 */
async function publicVersion(req: PayloadRequest, collection: SanitizedCollectionConfig, id: Id) {
  const read = collection.access?.read as Access | undefined
  const anonymous = Object.assign(Object.create(req) as PayloadRequest, { user: null })
  const rule = read ? await read({ req: anonymous }) : false
  if (!rule) return null
  const where: Where = rule === true ? { id: { equals: id } } : { and: [{ id: { equals: id } }, rule] }
  const { docs } = await req.payload.find({
    collection: collection.slug as CollectionSlug,
    where,
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (docs[0] as unknown as Record<string, unknown> | undefined) ?? null
}

/** Sets `inPublicUse` on each media doc from its usage rows (no hooks: a system field). */
async function refreshMediaFlags(req: PayloadRequest, mediaSlug: string, ids: Iterable<string>) {
  for (const id of ids) {
    const { totalDocs } = await req.payload.count({
      collection: usageSlug,
      where: { media: { equals: id } },
      overrideAccess: true,
      req,
    })
    const exists = await req.payload.db.findOne({ collection: mediaSlugOf(mediaSlug), where: { id: { equals: id } }, req })
    if (!exists) continue
    await req.payload.db.updateOne({ collection: mediaSlugOf(mediaSlug), id, data: { inPublicUse: totalDocs > 0 }, req })
  }
}

/** Re-derives the media one item makes public, and the flags of the files that changed. */
export async function refreshItemMedia(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: Id,
  mediaSlug = 'media',
  deleted = false,
) {
  // A config without the usage collection (a content-only test setup) keeps no record.
  if (!req.payload.collections[usageSlug]) return
  const live = deleted ? null : await publicVersion(req, collection, id)
  const wanted = live ? mediaIdsIn(collection.flattenedFields, live, mediaSlug) : new Set<string>()
  const titleField = collection.admin?.useAsTitle ?? 'title'
  const title = live ? String(live[titleField] ?? '') : ''
  const { docs: rows } = await req.payload.find({
    collection: usageSlug,
    where: { and: [{ itemCollection: { equals: collection.slug } }, { item: { equals: String(id) } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const had = new Map(rows.map((row) => [String(idOf((row as unknown as { media: unknown }).media)), row]))
  const changed = new Set<string>()
  for (const [mediaId, row] of had) {
    if (wanted.has(mediaId)) {
      if ((row as { itemTitle?: string }).itemTitle !== title)
        await req.payload.update({
          collection: usageSlug,
          id: row.id,
          data: { itemTitle: title } as never,
          overrideAccess: true,
          req,
        })
      continue
    }
    await req.payload.delete({ collection: usageSlug, id: row.id, overrideAccess: true, req })
    changed.add(mediaId)
  }
  for (const mediaId of wanted) {
    if (had.has(mediaId)) continue
    const exists = await req.payload.db.findOne({ collection: mediaSlugOf(mediaSlug), where: { id: { equals: mediaId } }, req })
    if (!exists) continue
    await req.payload.create({
      collection: usageSlug,
      // The stored id keeps its type (number on SQL, string on MongoDB).
      data: { itemCollection: collection.slug, item: String(id), itemTitle: title, media: exists.id } as never,
      overrideAccess: true,
      req,
    })
    changed.add(mediaId)
  }
  await refreshMediaFlags(req, mediaSlug, changed)
}

/**
 * Hooks for a content collection whose public items show media: after every write (a draft
 * save, a publish, a withdrawal, a scheduled job) and delete, the files that item makes
 * public are re-derived from its live version, so a media file is public exactly while
 * something public uses it.
 */
export function trackMediaUse(mediaSlug = 'media'): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    afterChange: async ({ collection, doc, req }) => {
      await refreshItemMedia(req, collection, (doc as { id: Id }).id, mediaSlug)
      return doc
    },
    afterDelete: async ({ collection, id, req }) => {
      await refreshItemMedia(req, collection, id, mediaSlug, true)
    },
  }
}

/** The public items that use a media file (for the message that refuses a change). */
export async function publicUsesOf(req: PayloadRequest, mediaId: Id) {
  const { docs } = await req.payload.find({
    collection: usageSlug,
    where: { media: { equals: mediaId } },
    depth: 0,
    limit: 5,
    overrideAccess: true,
    req,
  })
  return docs.map((row) => {
    const r = row as unknown as { itemCollection: string; item: string; itemTitle?: string | null }
    return { collection: r.itemCollection, id: r.item, title: r.itemTitle || r.item }
  })
}
