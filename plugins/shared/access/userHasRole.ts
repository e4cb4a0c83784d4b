import type { Role } from './roles'

/** The shape every suite plugin relies on: an auth user with a `roles` array. */
export type UserWithRoles = { id: number | string; roles?: (Role | string)[] | null } | null | undefined

/** True when the user holds any of the given roles. */
export function userHasRole(user: UserWithRoles, ...wanted: (Role | string)[]): boolean {
  if (!user?.roles?.length) return false
  return wanted.some((role) => user.roles!.includes(role))
}
