import { APIError, type CollectionSlug, type Endpoint, type PayloadRequest, type Where } from 'payload'

import { localText } from '../../shared/i18n/localText'
import { noticeFilters, pagination } from '../lib/listFilters'

const maxQueryLength = 50

/** What a search hit carries: enough for a result list, nothing internal. */
const resultFields = {
  title: true,
  summary: true,
  type: true,
  documentNumber: true,
  indexNumber: true,
  publishedAt: true,
  department: true,
  primaryColumn: true,
  validity: true,
} as const

type Group = { where: Where; total: number }

/**
 * `GET /api/search?q=…&page=&limit=` plus the list filters of {@link noticeFilters}: public
 * notices whose title, document number, summary or body text contain `q` (a plain substring,
 * so Chinese needs no word segmentation). Title matches come first, each group newest first.
 * Runs as an anonymous reader whoever asks, so only what the public may read is ever found.
 */
const search =
  (notices: CollectionSlug) =>
  async (req: PayloadRequest): Promise<Response> => {
    const params = new URL(req.url ?? 'http://localhost').searchParams
    const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim()
    if (!q)
      throw new APIError(localText(req, { zh: '请输入检索词 q', en: 'q: give a search term' }), 400, undefined, true)
    if (q.length > maxQueryLength) {
      throw new APIError(
        localText(req, { zh: `检索词 q 不能超过${maxQueryLength}个字`, en: `q: at most ${maxQueryLength} characters` }),
        400,
        undefined,
        true,
      )
    }
    const { page, limit } = pagination(req, params)
    const filters = noticeFilters(req, params)
    const inTitle: Where = { title: { contains: q } }
    // SQL adapters hand `not_like` to NOT ILIKE verbatim (no wildcards added, unlike `contains`).
    const elsewhere: Where = {
      or: [{ documentNumber: { contains: q } }, { summary: { contains: q } }, { bodyText: { contains: q } }],
    }
    const groups: Group[] = [
      { where: { and: [inTitle, ...filters] }, total: 0 },
      { where: { and: [{ title: { not_like: `%${q}%` } }, elsewhere, ...filters] }, total: 0 },
    ]
    const find = (where: Where, groupPage: number, groupLimit: number) =>
      req.payload.find({
        collection: notices,
        where,
        sort: ['-publishedAt', '-id'],
        page: groupPage,
        limit: groupLimit,
        depth: 0,
        select: resultFields,
        overrideAccess: false,
      })
    for (const group of groups) {
      group.total = (
        await req.payload.count({ collection: notices, where: group.where, overrideAccess: false })
      ).totalDocs
    }
    // The result list is the title group followed by the rest; fetch the slice [start, start + limit).
    const start = (page - 1) * limit
    const docs: unknown[] = []
    let offset = start
    for (const group of groups) {
      if (docs.length >= limit) break
      if (offset >= group.total) {
        offset -= group.total
        continue
      }
      // Two aligned pages of this group cover any window of `limit` items starting at `offset`.
      const firstPage = Math.floor(offset / limit) + 1
      const skip = offset % limit
      const window = [...(await find(group.where, firstPage, limit)).docs]
      if (skip && firstPage * limit < group.total) window.push(...(await find(group.where, firstPage + 1, limit)).docs)
      docs.push(...window.slice(skip, skip + limit - docs.length))
      offset = 0
    }
    const totalDocs = groups[0].total + groups[1].total
    const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
    return Response.json({
      q,
      docs,
      totalDocs,
      titleMatches: groups[0].total,
      limit,
      page,
      totalPages,
      hasPrevPage: page > 1,
      hasNextPage: page < totalPages,
    })
  }

/** `GET /api/search` over the public notices of `notices`. */
export const searchEndpoint = (notices: string): Endpoint => ({
  path: '/search',
  method: 'get',
  handler: search(notices as CollectionSlug),
})
