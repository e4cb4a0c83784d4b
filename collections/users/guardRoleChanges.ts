import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { userHasRole } from '../../plugins/shared/access'
import { localText } from '../../plugins/shared/i18n/localText'

/**
 * Field access alone would silently drop a non-admin's `roles`; refusing the whole request
 * tells the caller clearly that the change was not made.
 */
export const guardRoleChanges: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const data = args.data as Record<string, unknown> | undefined
  if (!data || !req.user) return args
  if (userHasRole(req.user, 'admin')) return args
  for (const field of ['roles', 'department'] as const) {
    if (field in data) {
      throw new APIError(
        localText(req, {
          zh: `只有管理员可以修改“${field === 'roles' ? '角色' : '部门'}”`,
          en: `Only administrators can change "${field}"`,
        }),
        403,
        undefined,
        true,
      )
    }
  }
  return args
}
