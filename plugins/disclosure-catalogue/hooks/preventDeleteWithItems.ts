import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug } from 'payload'

import { localText } from '../../shared/i18n/localText'
import type { CatalogueSlugs } from '../types'

/** A column that still holds items or sub-columns cannot be deleted: the items would lose their place. */
export const preventDeleteWithItems =
  (slugs: Pick<CatalogueSlugs, 'columns' | 'notices'>, noticesEnabled: boolean): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const { payload } = req
    const children = await payload.count({
      collection: slugs.columns as CollectionSlug,
      where: { parent: { equals: id } },
      req,
    })
    const items = noticesEnabled
      ? await payload.count({
          collection: slugs.notices as CollectionSlug,
          where: { or: [{ primaryColumn: { equals: id } }, { columns: { in: [id] } }] },
          overrideAccess: true,
          req,
        })
      : { totalDocs: 0 }
    if (children.totalDocs || items.totalDocs) {
      throw new APIError(
        localText(req, {
          zh: `栏目下还有 ${items.totalDocs} 条信息、${children.totalDocs} 个子栏目，请先移走后再删除`,
          en: `The column still holds ${items.totalDocs} items and ${children.totalDocs} sub-columns; move them first`,
        }),
        409,
        undefined,
        true,
      )
    }
  }
