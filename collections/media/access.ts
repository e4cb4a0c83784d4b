import { APIError, NotFound, type Access, type CollectionBeforeOperationHook, type Where } from 'payload'

import { userHasRole } from '../../plugins/shared/access'
import { localText } from '../../plugins/shared/i18n/localText'
import { publicUsesOf } from './usage'

/** Staff who work with unpublished content (drafts' attachments, gazette PDFs in preparation). */
const contentRoles = ['admin', 'editor', 'reviewer']

/** A file is public while a public item uses it, or when an editor marked it public on purpose. */
export const publicMediaRule: Where = { or: [{ public: { equals: true } }, { inPublicUse: { equals: true } }] }

/**
 * Content staff read every file; everyone else (the public, analysts, mailbox handlers) only
 * public ones. For the file route (`/api/media/file/…`, every size) a file that is not public
 * answers 404, as if it did not exist: its name says nothing about a draft.
 */
export const readMedia: Access = async ({ req, isReadingStaticFile, data }) => {
  if (userHasRole(req.user, ...contentRoles)) return true
  if (!isReadingStaticFile) return publicMediaRule
  const filename = String((data as { filename?: unknown } | undefined)?.filename ?? '')
  const sizes = req.payload.collections.media?.config.upload?.imageSizes ?? []
  const match = await req.payload.db.findOne({
    collection: 'media',
    where: {
      and: [
        { or: [{ filename: { equals: filename } }, ...sizes.map((s) => ({ [`sizes.${s.name}.filename`]: { equals: filename } }))] },
        publicMediaRule,
      ],
    },
    req,
  })
  if (!match) throw new NotFound(req.t)
  return true
}

type Target = { id: number | string; inPublicUse?: boolean | null }

/**
 * A file a public item shows is part of that item: replacing or deleting it would change a
 * published page without review. Such changes are refused (409) with the item named; the
 * editor uploads a new file and swaps it in the item's draft, which goes through review.
 * Trusted server code (overrideAccess) is not held back.
 */
export const guardMediaInUse: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  const a = args as { overrideAccess?: boolean; id?: number | string; where?: Where; data?: Record<string, unknown> }
  if (a.overrideAccess) return args
  // Marking a file public (or not) on purpose changes nothing a page shows.
  if (operation === 'update' && !req.file && a.data && Object.keys(a.data).every((key) => key === 'public'))
    return args
  const where: Where | undefined = a.id !== undefined ? { id: { equals: a.id } } : a.where
  if (!where) return args
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { and: [where, { inPublicUse: { equals: true } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const used = docs[0] as Target | undefined
  if (!used) return args
  const uses = await publicUsesOf(req, used.id)
  const names = uses.map((use) => `“${use.title}”`).join('、')
  const list = uses.map((use) => `${use.collection}/${use.id} “${use.title}”`).join(', ')
  throw new APIError(
    localText(req, {
      zh: `文件（编号 ${used.id}）正被已发布的 ${names} 使用，不能${operation === 'delete' ? '删除' : '修改或替换'}；请上传新文件，在该条目的草稿中替换后提交审核`,
      en: `Media ${used.id} is used by published ${list}; it cannot be ${operation === 'delete' ? 'deleted' : 'changed or replaced'}. Upload a new file and swap it in the item's draft, then submit it for review`,
    }),
    409,
    { uses },
    true,
  )
}
