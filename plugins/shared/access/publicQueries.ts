import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type FlattenedField,
  type PayloadRequest,
  type Where,
} from 'payload'

import { localText } from '../i18n/localText'

/** Every field path a `where` names (`and`/`or` unwrapped). */
function wherePaths(where: unknown, out: string[] = []): string[] {
  if (!where || typeof where !== 'object') return out
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) for (const part of value) wherePaths(part, out)
    else out.push(key)
  }
  return out
}

/** The collection a path reaches through a relationship, and the rest of the path, if any. */
function relationshipHop(fields: FlattenedField[], path: string): { target: string[]; rest: string } | null {
  const segments = path.split('.')
  let current = fields
  for (let i = 0; i < segments.length; i += 1) {
    const field = current.find((f) => f.name === segments[i])
    if (!field) return null
    const rest = segments.slice(i + 1).join('.')
    if (field.type === 'relationship' || field.type === 'upload') {
      if (!rest || rest === 'id' || rest === 'value' || rest === 'relationTo') return null
      return { target: Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo], rest }
    }
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array') current = field.flattenedFields
    else if (field.type === 'blocks') current = field.blocks.flatMap((block) => block.flattenedFields)
    else return null
  }
  return null
}

/** True when the public reads every document of `slug` (its read access is plainly `true`). */
async function publicReadsAll(req: PayloadRequest, slug: string) {
  const read = req.payload.collections[slug as CollectionSlug]?.config.access?.read
  if (!read) return false
  const anonymous = Object.assign(Object.create(req) as PayloadRequest, { user: null })
  return (await read({ req: anonymous })) === true
}

/**
 * A reader without an account may filter or sort only on what they can read. Payload
 * applies the related collection's read rule to populated results, not to a `where` or
 * `sort` that reaches through a relationship (`validity.replacedBy.title`,
 * `sections.entries.notice.bodyText`): such a query would answer yes/no questions about
 * drafts and undisclosed items. So a path through a relationship into a collection the
 * public reads only in part is refused with a 400 naming the path; ids (`replacedBy`,
 * `replacedBy.id`) stay queryable.
 */
export const refuseHiddenRelationshipQueries: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (req.user || !['read', 'count', 'readDistinct'].includes(operation)) return args
  const a = args as { where?: Where; sort?: string | string[] }
  const sorts = (Array.isArray(a.sort) ? a.sort : a.sort ? String(a.sort).split(',') : []).map((s) =>
    s.trim().replace(/^-/, ''),
  )
  for (const path of [...wherePaths(a.where), ...sorts]) {
    const hop = relationshipHop(collection.flattenedFields, path)
    if (!hop) continue
    for (const target of hop.target) {
      if (await publicReadsAll(req, target)) continue
      throw new APIError(
        localText(req, {
          zh: `不能按关联内容的字段查询或排序：${path}`,
          en: `Querying or sorting through a relationship is not available without signing in: ${path}`,
        }),
        400,
        undefined,
        true,
      )
    }
  }
  return args
}
