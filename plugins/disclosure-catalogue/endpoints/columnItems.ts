import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'

import { localText } from '../../shared/i18n/localText'
import { noticeFilters, pagination } from '../lib/listFilters'
import { decodeCursor, encodeCursor, newestFirst, seekPage } from '../lib/seek'
import type { CatalogueSlugs } from '../types'

type ColumnDoc = {
  id: number | string
  path?: string | null
  name?: string | null
  includeDescendants?: boolean | null
}

async function findColumn(req: PayloadRequest, columns: string, idOrPath: string) {
  const where: Where = /^\d+$/.test(idOrPath)
    ? { or: [{ id: { equals: idOrPath } }, { path: { equals: idOrPath } }] }
    : { path: { equals: idOrPath } }
  const { docs } = await req.payload.find({ collection: columns as CollectionSlug, where, limit: 1, depth: 0 })
  return docs[0] as ColumnDoc | undefined
}

/**
 * `GET /api/columns/:id/items` (or `/api/columns/items?path=zwgk/tzgg`): the public items of a
 * column, newest first by publish date. `includeDescendants=true|false` overrides the column's
 * own setting; the filters of {@link noticeFilters} apply. Reads as the public, whoever asks.
 * `after=<nextCursor>` reads the next page by seek (keyset on publish date and id): its cost
 * does not grow with the depth, unlike `page`, which Payload answers with OFFSET and a count.
 */
const listItems =
  (slugs: Pick<CatalogueSlugs, 'columns' | 'notices'>) =>
  async (req: PayloadRequest): Promise<Response> => {
    const params = new URL(req.url ?? 'http://localhost').searchParams
    const idOrPath = String(req.routeParams?.id ?? params.get('path') ?? '').replace(/^\/+|\/+$/g, '')
    const column = idOrPath ? await findColumn(req, slugs.columns, idOrPath) : undefined
    if (!column) {
      return Response.json(
        { errors: [{ message: localText(req, { zh: '栏目不存在', en: 'Column not found' }) }] },
        { status: 404 },
      )
    }
    const { page, limit } = pagination(req, params)
    const asked = params.get('includeDescendants')
    const includeDescendants = asked === null ? Boolean(column.includeDescendants) : /^(1|true|yes)$/i.test(asked)
    let columnIds: (number | string)[] = [column.id]
    if (includeDescendants) {
      // breadcrumbs hold every ancestor, so a descendant is a column whose breadcrumbs name this one.
      const descendants = await req.payload.find({
        collection: slugs.columns as CollectionSlug,
        where: { 'breadcrumbs.doc': { equals: column.id } },
        limit: 0,
        depth: 0,
        select: {},
      })
      columnIds = [...new Set([column.id, ...descendants.docs.map((doc) => doc.id)])]
    }
    const where: Where = {
      and: [
        { or: [{ primaryColumn: { in: columnIds } }, { columns: { in: columnIds } }] },
        ...noticeFilters(req, params),
      ],
    }
    const columnInfo = { id: column.id, path: column.path, name: column.name }
    const cursor = params.get('after')
    if (cursor !== null) {
      const key = decodeCursor(cursor)
      if (!key || params.has('page')) {
        return Response.json(
          {
            errors: [
              {
                message: localText(
                  req,
                  key
                    ? { zh: 'after 与 page 不能同时使用', en: 'after and page cannot be used together' }
                    : {
                        zh: 'after 须为上一页返回的 nextCursor',
                        en: 'after must be a nextCursor from a previous page',
                      },
                ),
              },
            ],
          },
          { status: 400 },
        )
      }
      const { docs, next } = await seekPage(req.payload, { collection: slugs.notices, where, key, limit })
      return Response.json({
        docs,
        limit,
        hasNextPage: next !== null,
        nextCursor: next && encodeCursor(next),
        column: columnInfo,
        columnIds,
      })
    }
    const result = await req.payload.find({
      collection: slugs.notices as CollectionSlug,
      where,
      sort: newestFirst,
      page,
      limit,
      depth: 0,
      overrideAccess: false,
    })
    const last = result.docs[result.docs.length - 1] as { id: number | string; publishedAt?: string | null } | undefined
    const nextCursor =
      result.hasNextPage && last?.publishedAt ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null
    return Response.json({ ...result, nextCursor, column: columnInfo, columnIds })
  }

/** `GET /api/<columns>/items?path=…` and `GET /api/<columns>/:id/items`. */
export const columnItemsEndpoints = (slugs: Pick<CatalogueSlugs, 'columns' | 'notices'>): Endpoint[] => [
  { path: '/items', method: 'get', handler: listItems(slugs) },
  { path: '/:id/items', method: 'get', handler: listItems(slugs) },
]
