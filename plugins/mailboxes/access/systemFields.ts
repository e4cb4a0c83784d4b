import { APIError, type FieldAccess } from 'payload'

import { localText, type LocalText } from '../../shared/i18n/localText'

type Doc = Record<string, unknown>

const empty = (value: unknown) => value === undefined || value === null || value === ''

/** Equal as stored: dates by instant (the admin sends back what it read, maybe reformatted). */
function same(a: unknown, b: unknown): boolean {
  if (empty(a) || empty(b)) return empty(a) && empty(b)
  if (typeof a === 'string' && typeof b === 'string') {
    const [x, y] = [Date.parse(a), Date.parse(b)]
    if (!Number.isNaN(x) && !Number.isNaN(y)) return x === y
  }
  return a === b
}

export type GuardedField = {
  name: string
  label: LocalText
  /** The stored value this field's incoming value is compared with (top level, a group, an array row). */
  stored: (doc: Doc | undefined, siblingData: Doc) => unknown
  /** May be given when the document (or its array row) is created. Default: never by a user. */
  onCreate?: boolean
}

/**
 * Access for a field no user may change: the writer's consent, the system's dates. Unchanged values
 * pass silently (the admin form sends every field back); a change is refused with a 403 naming the
 * field, rather than dropped silently as Payload does when field access is false. The answer is
 * false either way, so the admin shows the field read-only. The Local API with overrideAccess (the
 * public endpoint, seeds, jobs) is not affected.
 */
export function unchangeable({ name, label, stored, onCreate = false }: GuardedField): {
  create: FieldAccess
  update: FieldAccess
} {
  const refuse = (req: Parameters<FieldAccess>[0]['req']): never => {
    throw new APIError(
      localText(req, {
        zh: `“${label.zh}”由系统或来信人确定，不能修改`,
        en: `"${label.en}" is set by the system or the writer and cannot be changed`,
      }),
      403,
      undefined,
      true,
    )
  }
  return {
    create: ({ req, siblingData }) => {
      if (onCreate) return true
      if (siblingData && !empty((siblingData as Doc)[name])) refuse(req)
      return false
    },
    update: ({ req, doc, siblingData }) => {
      if (!siblingData || !(name in siblingData)) return false
      const incoming = (siblingData as Doc)[name]
      const before = stored(doc as Doc | undefined, siblingData as Doc)
      // A new array row (no stored value to compare with) follows the create rule.
      if (before === undefined && onCreate) return true
      if (!same(incoming, before)) refuse(req)
      return false
    },
  }
}

/** The stored value of a top-level field. */
export const topLevel = (name: string) => (doc: Doc | undefined) => doc?.[name] ?? null

/** The stored value of a field in a group. */
export const inGroup = (group: string, name: string) => (doc: Doc | undefined) =>
  ((doc?.[group] as Doc | undefined) ?? {})[name] ?? null

/** The stored value of a field in the array row with the same id; undefined for a new row. */
export const inRow = (array: string, name: string) => (doc: Doc | undefined, row: Doc) => {
  const rows = (doc?.[array] as Doc[] | undefined) ?? []
  const match = rows.find((stored) => row.id !== undefined && String(stored.id) === String(row.id))
  return match ? (match[name] ?? null) : undefined
}
