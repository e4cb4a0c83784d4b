import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'

import { localText } from '../../shared/i18n/localText'
import { noticeFilters, pagination } from '../lib/listFilters'
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
    const result = await req.payload.find({
      collection: slugs.notices as CollectionSlug,
      where: {
        and: [
          { or: [{ primaryColumn: { in: columnIds } }, { columns: { in: columnIds } }] },
          ...noticeFilters(req, params),
        ],
      },
      sort: ['-publishedAt', '-id'],
      page,
      limit,
      depth: 0,
      overrideAccess: false,
    })
    return Response.json({ ...result, column: { id: column.id, path: column.path, name: column.name }, columnIds })
  }

/** `GET /api/<columns>/items?path=…` and `GET /api/<columns>/:id/items`. */
export const columnItemsEndpoints = (slugs: Pick<CatalogueSlugs, 'columns' | 'notices'>): Endpoint[] => [
  { path: '/items', method: 'get', handler: listItems(slugs) },
  { path: '/:id/items', method: 'get', handler: listItems(slugs) },
]
