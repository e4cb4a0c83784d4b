import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { localText } from '../../plugins/shared/i18n/localText'

/** A column that still holds items or sub-columns cannot be deleted: the items would lose their place. */
export const preventDeleteWithItems: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { payload } = req
  const children = await payload.count({ collection: 'columns', where: { parent: { equals: id } }, req })
  const items = await payload.count({
    collection: 'notices',
    where: { or: [{ primaryColumn: { equals: id } }, { columns: { in: [id] } }] },
    overrideAccess: true,
    req,
  })
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
