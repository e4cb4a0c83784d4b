import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { fieldError } from '../lib/fieldError'

type Entry = { notice?: number | string | { id: number | string } | null }
type Section = { entries?: Entry[] | null }
type NoticeState = {
  id: number | string
  title?: string
  _status?: string | null
  disclosureMode?: string | null
  withdrawal?: { mode?: string | null }
}

/**
 * An issue cannot be published while its contents reference a notice the public cannot
 * read (unpublished, or not 主动公开): the error names the notice.
 */
export const requirePublishedNotices =
  (notices: string): CollectionBeforeChangeHook =>
  async ({ collection, data, req }) => {
    if (data._status !== 'published') return data
    const ids = ((data.sections ?? []) as Section[])
      .flatMap((section) => section.entries ?? [])
      .map((entry) => (entry.notice && typeof entry.notice === 'object' ? entry.notice.id : entry.notice))
      .filter((id): id is number | string => id !== null && id !== undefined)
    if (!ids.length) return data
    // The publish workflow (when applied) adds `withdrawal`; a removed (撤下) notice is not public either.
    const hasWithdrawal = req.payload.collections[notices as CollectionSlug].config.flattenedFields.some(
      (field) => field.name === 'withdrawal',
    )
    const { docs } = await req.payload.find({
      collection: notices as CollectionSlug,
      where: { id: { in: [...new Set(ids)] } },
      limit: 0,
      depth: 0,
      overrideAccess: true,
      select: { title: true, _status: true, disclosureMode: true, ...(hasWithdrawal ? { withdrawal: true } : {}) },
      req,
    })
    const found = new Map((docs as NoticeState[]).map((doc) => [String(doc.id), doc]))
    for (const id of ids) {
      const notice = found.get(String(id))
      if (!notice) {
        throw fieldError(req, collection.slug, 'sections', {
          zh: `目录引用的信息（编号 ${id}）不存在`,
          en: `sections: notice ${id} does not exist`,
        })
      }
      if (
        notice._status !== 'published' ||
        notice.disclosureMode !== 'proactive' ||
        notice.withdrawal?.mode === 'removed'
      ) {
        throw fieldError(req, collection.slug, 'sections', {
          zh: `目录中的“${notice.title}”尚未发布（或不是主动公开），本期不能发布`,
          en: `sections: “${notice.title}” is not published (or not proactively disclosed); the issue cannot be published`,
        })
      }
    }
    return data
  }
