import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

import { localText } from '../../plugins/shared/i18n/localText'

const lastAdminMessage = {
  zh: '至少需要保留一名管理员',
  en: 'At least one administrator must remain',
}

async function otherAdmins(req: Parameters<CollectionBeforeDeleteHook>[0]['req'], id: number | string) {
  return req.payload.count({
    collection: 'users',
    where: { and: [{ roles: { contains: 'admin' } }, { id: { not_equals: id } }] },
    overrideAccess: true,
    req,
  })
}

/** Refuses to take the admin role from the last administrator, which would lock everyone out. */
export const keepOneAdminOnChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const wasAdmin = (originalDoc.roles as string[] | undefined)?.includes('admin')
  const staysAdmin = !Array.isArray(data.roles) || (data.roles as string[]).includes('admin')
  if (wasAdmin && !staysAdmin && (await otherAdmins(req, originalDoc.id)).totalDocs === 0) {
    throw new APIError(localText(req, lastAdminMessage), 400, undefined, true)
  }
  return data
}

export const keepOneAdminOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0, req })
  if (doc.roles?.includes('admin') && (await otherAdmins(req, id)).totalDocs === 0) {
    throw new APIError(localText(req, lastAdminMessage), 400, undefined, true)
  }
}
